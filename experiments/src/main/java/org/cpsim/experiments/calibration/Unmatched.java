package org.cpsim.experiments.calibration;

import java.util.List;

/** Observed figures that are not compared with the model, and why: reported, never silently dropped. */
public record Unmatched(String indicator, List<String> years, String reason) {
    public Unmatched {
        years = List.copyOf(years);
    }
}
