package org.cpsim.experiments.compare;

import java.util.Arrays;

import org.cpsim.experiments.stats.Summary;
import org.cpsim.experiments.stats.Welch;
import org.cpsim.model.metrics.Indicator;

/**
 * Variant minus baseline for one indicator in one period, from replications paired by number:
 * replication r of both ran with the same random numbers, so the difference of each pair carries
 * only the effect of the policy (and the noise it causes), not the luck of the draw.
 *
 * @param baselineMean     over the replications where both have a value
 * @param difference       mean, sd and Student-t 95% interval of the paired differences; its n is the pairs used
 * @param unpairedHalfWidth what the interval's half-width would be without pairing (Welch)
 */
public record PairedDifference(Indicator indicator, String period, String baseline, String variant,
                               double baselineMean, double variantMean, Summary difference, double unpairedHalfWidth) {

    /** Pairs where either value is missing (NaN: nothing to measure) are left out. */
    public static PairedDifference of(Indicator indicator, String period, String baseline, String variant, double[] b, double[] v) {
        if (b.length != v.length) throw new IllegalArgumentException("paired samples of different sizes");
        double[] pb = new double[b.length], pv = new double[b.length];
        int n = 0;
        for (int r = 0; r < b.length; r++) {
            if (Double.isNaN(b[r]) || Double.isNaN(v[r])) continue;
            pb[n] = b[r];
            pv[n] = v[r];
            n++;
        }
        pb = Arrays.copyOf(pb, n);
        pv = Arrays.copyOf(pv, n);
        double[] d = new double[n];
        for (int r = 0; r < n; r++) d[r] = pv[r] - pb[r];
        return new PairedDifference(indicator, period, baseline, variant, Summary.of(pb).mean(), Summary.of(pv).mean(), Summary.of(d),
                Welch.halfWidth(pb, pv));
    }

    public double pairedHalfWidth() { return (difference.ciHigh() - difference.ciLow()) / 2; }

    /** How many times narrower pairing makes the interval (NaN when either width is undefined or zero). */
    public double narrowing() {
        double p = pairedHalfWidth();
        return p > 0 ? unpairedHalfWidth / p : Double.NaN;
    }
}
