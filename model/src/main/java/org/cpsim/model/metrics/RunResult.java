package org.cpsim.model.metrics;

import java.util.List;

/**
 * What one replication of a scenario produced: a value for every period and indicator
 * ({@code NaN} where an indicator has nothing to measure, e.g. a median with no cases), and the
 * count of events the run processed. A multi-authority run's values are national (summed over its
 * authorities, rates recomputed) and {@code authorities} holds each authority's own result.
 */
public record RunResult(String scenario, int replication, List<Period> periods, double[][] values, long events,
                        List<RunResult> authorities) {

    public RunResult {
        authorities = authorities == null ? List.of() : List.copyOf(authorities);
    }

    /** A single-authority result. */
    public RunResult(String scenario, int replication, List<Period> periods, double[][] values, long events) {
        this(scenario, replication, periods, values, events, List.of());
    }

    public double value(int period, Indicator indicator) { return values[period][indicator.ordinal()]; }

    public double value(String periodLabel, Indicator indicator) {
        for (int p = 0; p < periods.size(); p++) {
            if (periods.get(p).label().equals(periodLabel)) return values[p][indicator.ordinal()];
        }
        throw new IllegalArgumentException("no period " + periodLabel);
    }
}
