package org.cpsim.experiments.report;

import java.time.LocalDate;

/** A dated change of policy, drawn on time-series charts as a labelled vertical line. */
public record PolicyChange(LocalDate date, String description) {

    /** The description up to its first colon, so a chart label stays short ("Working Together 2013"). */
    String shortLabel() {
        int colon = description.indexOf(':');
        String s = colon > 0 ? description.substring(0, colon) : description;
        return s.length() > 48 ? s.substring(0, 47) + "\u2026" : s;
    }
}
