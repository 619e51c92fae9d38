package org.cpsim.model.random;

import ec.util.MersenneTwisterFast;

/** Draws from the distributions the model uses, on a given stream. */
public final class Draws {
    private Draws() {}

    /** Exponential with the given rate; +infinity when the rate is 0. */
    public static double exponential(MersenneTwisterFast r, double rate) {
        if (rate <= 0) return Double.POSITIVE_INFINITY;
        return -Math.log(1.0 - r.nextDouble()) / rate;
    }

    /**
     * A positive quantity (a duration, a lag, an experience) of rate {@code rate} (mean 1 / rate) and
     * gamma shape {@code shape}. At shape 1 this is exactly {@link #exponential}, the same single draw,
     * so a scenario keeping shape 1 reproduces an exponential model bit for bit.
     */
    public static double exponentialOrGamma(MersenneTwisterFast r, double rate, double shape) {
        if (shape == 1.0) return exponential(r, rate);
        if (rate <= 0) return Double.POSITIVE_INFINITY;
        return gammaWithMean(r, 1.0 / rate, shape);
    }

    /** Gamma with the given mean and shape (Marsaglia and Tsang); shape 1 is exponential. */
    public static double gammaWithMean(MersenneTwisterFast r, double mean, double shape) {
        if (shape == 1.0) return mean * -Math.log(1.0 - r.nextDouble());
        double k = shape;
        double boost = 1.0;
        if (k < 1) {
            boost = Math.pow(1.0 - r.nextDouble(), 1.0 / k);
            k += 1;
        }
        double d = k - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = r.nextGaussian();
            double v = 1.0 + c * x;
            if (v <= 0) continue;
            v = v * v * v;
            double u = r.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return mean / shape * d * v * boost;
            }
        }
    }

    /** Index drawn from a discrete distribution given by shares adding to 1. */
    public static int categorical(MersenneTwisterFast r, double[] shares) {
        double u = r.nextDouble();
        double acc = 0;
        for (int i = 0; i < shares.length; i++) {
            acc += shares[i];
            if (u < acc) return i;
        }
        return shares.length - 1;
    }
}
