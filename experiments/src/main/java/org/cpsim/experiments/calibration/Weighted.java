package org.cpsim.experiments.calibration;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Weighted statistics of particles, per parameter: mean, standard deviation, quantiles, covariance. */
final class Weighted {
    private Weighted() {}

    static double mean(double[] x, double[] w) {
        double m = 0;
        for (int i = 0; i < x.length; i++) m += w[i] * x[i];
        return m;
    }

    /** The weighted standard deviation, with the unbiased correction for reliability weights (1 - sum w^2). */
    static double sd(double[] x, double[] w) {
        double m = mean(x, w), v = 0, w2 = 0;
        for (int i = 0; i < x.length; i++) {
            v += w[i] * (x[i] - m) * (x[i] - m);
            w2 += w[i] * w[i];
        }
        return w2 < 1 ? Math.sqrt(v / (1 - w2)) : 0;
    }

    /** The smallest x whose cumulative weight reaches p (weights sum to 1). */
    static double quantile(double[] x, double[] w, double p) {
        Integer[] order = new Integer[x.length];
        for (int i = 0; i < order.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingDouble(i -> x[i]));
        double c = 0;
        for (Integer i : order) {
            c += w[i];
            if (c >= p) return x[i];
        }
        return x[order[order.length - 1]];
    }

    /** The weighted covariance matrix of the particles' unit-cube positions. */
    static double[][] covariance(List<Particle> particles, int d) {
        double[] mean = new double[d];
        for (Particle p : particles) for (int j = 0; j < d; j++) mean[j] += p.weight() * p.unit()[j];
        double[][] c = new double[d][d];
        for (Particle p : particles) {
            for (int a = 0; a < d; a++) {
                for (int b = 0; b <= a; b++) c[a][b] += p.weight() * (p.unit()[a] - mean[a]) * (p.unit()[b] - mean[b]);
            }
        }
        // Exactly symmetric, as Cholesky requires: (w x y) and (w y x) can differ in the last bit.
        for (int a = 0; a < d; a++) for (int b = a + 1; b < d; b++) c[a][b] = c[b][a];
        return c;
    }

    /** Column j of the particles: unit-cube positions, or the parameters' values. */
    static double[] column(List<Particle> particles, int j, boolean values) {
        double[] x = new double[particles.size()];
        for (int i = 0; i < x.length; i++) x[i] = values ? particles.get(i).evaluation().values()[j] : particles.get(i).unit()[j];
        return x;
    }

    static double[] weights(List<Particle> particles) {
        double[] w = new double[particles.size()];
        for (int i = 0; i < w.length; i++) w[i] = particles.get(i).weight();
        return w;
    }

    /** Effective sample size of normalised weights, 1 / sum w^2. */
    static double ess(double[] w) {
        double s = 0;
        for (double x : w) s += x * x;
        return 1 / s;
    }
}
