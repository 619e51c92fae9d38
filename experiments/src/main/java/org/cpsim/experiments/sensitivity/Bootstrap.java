package org.cpsim.experiments.sensitivity;

import java.util.Arrays;

import org.apache.commons.math3.random.RandomGenerator;

/** Percentile bootstrap intervals: resample the independent units (trajectories, matrix rows) with replacement. */
final class Bootstrap {
    /** Two-sided 95%: the 2.5th and 97.5th percentiles of the resampled estimates. */
    private static final double TAIL = 0.025;

    private Bootstrap() {}

    /** Indices 0..n-1 drawn with replacement. */
    static int[] resample(int n, RandomGenerator rng) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = rng.nextInt(n);
        return idx;
    }

    /** The estimate with the percentile interval of its replicates (NaN replicates, from degenerate resamples, are left out). */
    static Interval interval(double estimate, double[] replicates) {
        double[] finite = Arrays.stream(replicates).filter(v -> !Double.isNaN(v)).sorted().toArray();
        if (finite.length == 0) return new Interval(estimate, Double.NaN, Double.NaN);
        int lo = (int) Math.floor(TAIL * (finite.length - 1));
        int hi = (int) Math.ceil((1 - TAIL) * (finite.length - 1));
        return new Interval(estimate, finite[lo], finite[hi]);
    }
}
