package org.cpsim.model.metrics;

import java.time.LocalDate;

/**
 * A reporting period: a calendar month ({@code 2011M04}) or a statistical year ending 31 March
 * ({@code 2011-12}, the form used in the national statistics).
 *
 * @param startDay first day, in days since the simulation start
 * @param endDay   day after the last day
 */
public record Period(String label, Kind kind, LocalDate start, LocalDate end, int startDay, int endDay) {
    public enum Kind { MONTH, YEAR }

    public int days() { return endDay - startDay; }
}
