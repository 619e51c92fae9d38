package org.cpsim.experiments.stats;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * The half-width of a 95% interval for a difference of two means from independent samples (Welch's
 * unequal-variances t, degrees of freedom by Welch-Satterthwaite): what a comparison would get if
 * its replications were not paired, to show what pairing gains.
 */
public final class Welch {
    private Welch() {}

    public static double halfWidth(double[] a, double[] b) {
        Summary sa = Summary.of(a), sb = Summary.of(b);
        if (sa.n() < 2 || sb.n() < 2) return Double.NaN;
        double va = sa.sd() * sa.sd() / sa.n(), vb = sb.sd() * sb.sd() / sb.n();
        double se = Math.sqrt(va + vb);
        if (se == 0) return 0;
        double df = (va + vb) * (va + vb) / (va * va / (sa.n() - 1) + vb * vb / (sb.n() - 1));
        return new TDistribution(null, df).inverseCumulativeProbability(0.975) * se;
    }
}
