package org.cpsim.experiments.verification;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * How far a simulated mean may sit from theory, derived from the replications rather than guessed.
 *
 * <p>Each statistical check has one independent estimate per replication (each replication is its own
 * run with its own random streams), so the estimates' mean has a Student-t interval with n - 1 degrees
 * of freedom. We want the chance that <em>any</em> check fails on a correct model (the family-wise error
 * rate) to be at most {@code familywiseErrorRate}; Bonferroni's inequality guarantees that when each of
 * the {@code statisticalChecks} checks uses error rate {@code familywiseErrorRate / statisticalChecks}.
 * A check passes when the theoretical value lies inside its interval. Exact checks (conservation) have
 * no sampling error, so they are not counted in the split.
 *
 * @param familywiseErrorRate largest acceptable probability of at least one false alarm (e.g. 0.01)
 * @param statisticalChecks   number of interval checks sharing that error rate
 */
public record Tolerance(double familywiseErrorRate, int statisticalChecks) {

    public Tolerance {
        if (!(familywiseErrorRate > 0 && familywiseErrorRate < 1)) {
            throw new IllegalArgumentException("family-wise error rate must be in (0, 1), got " + familywiseErrorRate);
        }
        if (statisticalChecks < 1) throw new IllegalArgumentException("need at least one statistical check, got " + statisticalChecks);
    }

    /** Bonferroni: the error rate each check may spend. */
    public double perCheckErrorRate() { return familywiseErrorRate / statisticalChecks; }

    /** Confidence level of each check's interval, e.g. 0.999 for 1% over 10 checks. */
    public double perCheckConfidence() { return 1 - perCheckErrorRate(); }

    /** Two-sided Student-t quantile for n estimates: the interval is mean +- quantile * sd / sqrt(n). */
    public double tQuantile(int n) {
        if (n < 2) throw new IllegalArgumentException("an interval needs at least 2 replications, got " + n);
        return new TDistribution(null, n - 1).inverseCumulativeProbability(1 - perCheckErrorRate() / 2);
    }

    /**
     * The interval for the mean of the replication estimates. A NaN estimate (a replication that
     * measured nothing) makes the whole interval NaN, so the check fails loudly instead of quietly
     * using fewer replications.
     */
    public Interval interval(double[] estimates) {
        int n = estimates.length;
        double sum = 0;
        for (double v : estimates) sum += v;
        double mean = sum / n;
        double ss = 0;
        for (double v : estimates) ss += (v - mean) * (v - mean);
        double half = tQuantile(n) * Math.sqrt(ss / (n - 1)) / Math.sqrt(n);
        return new Interval(mean, mean - half, mean + half, n);
    }

    /** Compares theory with the replication estimates: pass when {@code expected} lies in the interval. */
    public CheckResult check(String name, double expected, double[] estimates) {
        Interval i = interval(estimates);
        return new CheckResult(name, expected, i.mean(), i.low(), i.high(), i.covers(expected));
    }

    /** A describing suffix for check names, so the CSV says which tolerance each row used (no commas: it is a CSV cell). */
    public String label() {
        return String.format(java.util.Locale.ROOT, "[t-interval %.4g%%: FWER %.4g%% / %d checks]",
                100 * perCheckConfidence(), 100 * familywiseErrorRate, statisticalChecks);
    }

    /** Mean of n replication estimates and its confidence interval. */
    public record Interval(double mean, double low, double high, int n) {
        /** False for NaN bounds, so an unmeasured quantity never passes. */
        public boolean covers(double x) { return x >= low && x <= high; }
    }
}
