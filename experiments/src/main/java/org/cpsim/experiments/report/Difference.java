package org.cpsim.experiments.report;

import org.cpsim.model.metrics.Period;

/**
 * One row of {@code comparison.csv}: the paired difference (variant minus baseline, replication by
 * replication under common random numbers) in one indicator and period, with its 95% interval.
 */
record Difference(String indicator, String period, Period.Kind kind, String baseline, String variant,
                  double baselineMean, double variantMean, Estimate difference, int n) {

    /** The difference as a percentage of the baseline mean, for putting indicators with different units on one scale. */
    Estimate relativeToBaseline() {
        if (Double.isNaN(baselineMean) || Math.abs(baselineMean) < 1e-12) return new Estimate(Double.NaN, Double.NaN, Double.NaN);
        double scale = 100 / Math.abs(baselineMean);
        return new Estimate(difference.mean() * scale, difference.low() * scale, difference.high() * scale);
    }
}
