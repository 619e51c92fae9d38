package org.cpsim.experiments.stats;

/**
 * A 95% interval for a mean that cannot leave its range: a rate or count is never below 0 and a
 * percentage never above 100, but the Student-t interval of a few replications can be (a mean of 2.0 with
 * a wide spread gives -1.5 to 5.5 re-referrals per 10,000, which no reader can believe). Where the t
 * interval stays inside the range it is kept as it is; where it would leave the range the interval is
 * found on a scale with no edge and brought back, by the delta method: for a quantity bounded below by 0,
 * on the log scale (mean x / exp(t se / mean) to mean x exp(t se / mean)); for a percentage, on the logit
 * scale of the share (se of the share / (p (1 - p))). Both are standard for positive and proportion-valued
 * means, keep the centre at the mean, and agree with the t interval when it is narrow.
 */
public final class BoundedInterval {
    private BoundedInterval() {}

    /** A summary of a quantity that is never negative. */
    public static Summary nonNegative(Summary s) {
        if (!needsBounding(s, 0, Double.POSITIVE_INFINITY)) return s;
        if (s.mean() <= 0) return new Summary(s.mean(), s.sd(), 0, 0, s.n());
        double factor = Math.exp(Summary.tQuantile975(s.n() - 1) * s.standardError() / s.mean());
        return new Summary(s.mean(), s.sd(), s.mean() / factor, s.mean() * factor, s.n());
    }

    /** A summary of a percentage, between 0 and 100. */
    public static Summary percentage(Summary s) {
        if (!needsBounding(s, 0, 100)) return s;
        double p = s.mean() / 100;
        if (p <= 0 || p >= 1) return new Summary(s.mean(), s.sd(), s.mean(), s.mean(), s.n());
        double half = Summary.tQuantile975(s.n() - 1) * (s.standardError() / 100) / (p * (1 - p));
        double logit = Math.log(p / (1 - p));
        return new Summary(s.mean(), s.sd(), 100 * expit(logit - half), 100 * expit(logit + half), s.n());
    }

    private static boolean needsBounding(Summary s, double low, double high) {
        return s.n() > 1 && !Double.isNaN(s.ciLow()) && (s.ciLow() < low || s.ciHigh() > high);
    }

    private static double expit(double x) { return 1 / (1 + Math.exp(-x)); }
}
