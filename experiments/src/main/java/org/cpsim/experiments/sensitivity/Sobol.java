package org.cpsim.experiments.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * First-order and total Sobol' indices from a {@link SaltelliDesign}'s outputs, by the estimators
 * Saltelli et al. (2010, Table 2) recommend: S1 from f(B)(f(A_B^i) - f(A)) and ST by Jansen (1999),
 * (f(A) - f(A_B^i))^2 / 2, each over the variance of f on A and B together. Intervals resample the
 * N rows (the same rows of every matrix) with replacement.
 */
public final class Sobol {
    private Sobol() {}

    /** @param y the output at each of {@link SaltelliDesign#points()}, in that order (NaN where there is none) */
    public static List<SobolIndices> analyse(SaltelliDesign design, double[] y, int resamples, RandomGenerator rng) {
        int n = design.samples();
        int k = design.parameters();
        if (y.length != n * (k + 2)) throw new IllegalArgumentException("one output per design point");
        // Centred outputs: the same indices, but S1's estimator no longer carries the mean's
        // square in its variance (an outcome of 1e8 pounds varying by 1e5 needs this).
        double centre = 0;
        for (int j = 0; j < 2 * n; j++) centre += y[j] / (2 * n);
        double[] fa = slice(y, 0, n, centre);
        double[] fb = slice(y, n, n, centre);
        double[][] fab = new double[k][];
        for (int i = 0; i < k; i++) fab[i] = slice(y, (2 + i) * n, n, centre);

        int[] all = new int[n];
        for (int j = 0; j < n; j++) all[j] = j;
        double[][] first = new double[k][resamples];
        double[][] total = new double[k][resamples];
        for (int r = 0; r < resamples; r++) {
            int[] idx = Bootstrap.resample(n, rng);
            for (int i = 0; i < k; i++) {
                first[i][r] = firstOrder(fa, fb, fab[i], idx);
                total[i][r] = total(fa, fb, fab[i], idx);
            }
        }
        List<SobolIndices> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            out.add(new SobolIndices(i, Bootstrap.interval(firstOrder(fa, fb, fab[i], all), first[i]),
                    Bootstrap.interval(total(fa, fb, fab[i], all), total[i])));
        }
        return out;
    }

    static double firstOrder(double[] fa, double[] fb, double[] fabi, int[] rows) {
        double s = 0;
        for (int j : rows) s += fb[j] * (fabi[j] - fa[j]);
        return s / rows.length / variance(fa, fb, rows);
    }

    static double total(double[] fa, double[] fb, double[] fabi, int[] rows) {
        double s = 0;
        for (int j : rows) s += (fa[j] - fabi[j]) * (fa[j] - fabi[j]);
        return s / (2.0 * rows.length) / variance(fa, fb, rows);
    }

    /** Variance of the outputs on A and B together (2N values). */
    private static double variance(double[] fa, double[] fb, int[] rows) {
        double sum = 0;
        for (int j : rows) sum += fa[j] + fb[j];
        double mean = sum / (2 * rows.length);
        double ss = 0;
        for (int j : rows) ss += (fa[j] - mean) * (fa[j] - mean) + (fb[j] - mean) * (fb[j] - mean);
        return ss / (2 * rows.length);
    }

    private static double[] slice(double[] y, int from, int length, double centre) {
        double[] out = new double[length];
        for (int j = 0; j < length; j++) out[j] = y[from + j] - centre;
        return out;
    }
}
