package org.cpsim.experiments.sensitivity;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.random.RandomGenerator;

/** Elementary effects of a {@link MorrisDesign}'s outputs, with bootstrap intervals over trajectories. */
public final class Morris {
    private Morris() {}

    /**
     * @param y          the output at each design point, in the design's order (NaN where there is none)
     * @param resamples  bootstrap resamples for the intervals of mu* and mu
     */
    public static List<MorrisIndices> analyse(MorrisDesign design, double[] y, int resamples, RandomGenerator rng) {
        if (y.length != design.points().length) throw new IllegalArgumentException("one output per design point");
        int k = design.parameters();
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < k; i++) effects.add(new ArrayList<>());
        for (int t = 0; t < design.trajectories(); t++) {
            int row = t * (k + 1);
            for (int s = 0; s < k; s++) {
                int i = design.moved()[t][s];
                // The step as applied (a parameter rounded to whole numbers may step by less than delta, or not at all).
                double step = design.points()[row + s + 1][i] - design.points()[row + s][i];
                double dy = y[row + s + 1] - y[row + s];
                if (step != 0 && !Double.isNaN(dy)) effects.get(i).add(dy / step);
            }
        }
        List<MorrisIndices> out = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            double[] ee = effects.get(i).stream().mapToDouble(Double::doubleValue).toArray();
            double[] muStar = new double[resamples];
            double[] mu = new double[resamples];
            for (int b = 0; b < resamples; b++) {
                int[] idx = Bootstrap.resample(ee.length, rng);
                muStar[b] = meanAbs(ee, idx);
                mu[b] = mean(ee, idx);
            }
            int[] all = identity(ee.length);
            out.add(new MorrisIndices(i, Bootstrap.interval(meanAbs(ee, all), muStar), Bootstrap.interval(mean(ee, all), mu), sd(ee), ee.length));
        }
        return out;
    }

    private static double mean(double[] v, int[] idx) {
        if (idx.length == 0) return Double.NaN;
        double s = 0;
        for (int j : idx) s += v[j];
        return s / idx.length;
    }

    private static double meanAbs(double[] v, int[] idx) {
        if (idx.length == 0) return Double.NaN;
        double s = 0;
        for (int j : idx) s += Math.abs(v[j]);
        return s / idx.length;
    }

    private static double sd(double[] v) {
        if (v.length < 2) return Double.NaN;
        double m = mean(v, identity(v.length));
        double ss = 0;
        for (double x : v) ss += (x - m) * (x - m);
        return Math.sqrt(ss / (v.length - 1));
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        return idx;
    }
}
