package org.cpsim.experiments.report;

/**
 * A mean over replications with its 95% interval; NaN where there was nothing to measure or too
 * few replications for an interval.
 */
record Estimate(double mean, double low, double high) {

    boolean hasInterval() { return !Double.isNaN(low) && !Double.isNaN(high); }

    /** True when the interval includes zero: the data cannot tell the direction of a difference. */
    boolean spansZero() { return hasInterval() && low <= 0 && high >= 0; }

    boolean covers(double x) { return hasInterval() && x >= low && x <= high; }
}
