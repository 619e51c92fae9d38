package org.cpsim.experiments.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, standard deviation and a 95% confidence interval for the mean (Student t) of a sample of
 * replication values. NaN values (nothing to measure in that replication) are left out.
 */
public record Summary(double mean, double sd, double ciLow, double ciHigh, int n) {

    public static Summary of(double[] values) {
        int n = 0;
        double sum = 0;
        for (double v : values) if (!Double.isNaN(v)) { n++; sum += v; }
        if (n == 0) return new Summary(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        double mean = sum / n;
        if (n == 1) return new Summary(mean, Double.NaN, Double.NaN, Double.NaN, 1);
        double ss = 0;
        for (double v : values) if (!Double.isNaN(v)) ss += (v - mean) * (v - mean);
        double sd = Math.sqrt(ss / (n - 1));
        double half = tQuantile975(n - 1) * sd / Math.sqrt(n);
        return new Summary(mean, sd, mean - half, mean + half, n);
    }

    /** Standard error of the mean. */
    public double standardError() { return n > 1 ? sd / Math.sqrt(n) : Double.NaN; }

    public boolean covers(double x) { return x >= ciLow && x <= ciHigh; }

    static double tQuantile975(int degreesOfFreedom) {
        return new TDistribution(null, degreesOfFreedom).inverseCumulativeProbability(0.975);
    }
}
