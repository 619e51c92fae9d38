package org.cpsim.experiments.calibration;

/**
 * A calibrated parameter's prior, which is also its bounds. Every algorithm works on the unit
 * interval u in [0, 1] that the prior maps uniformly onto the parameter: linearly for
 * {@link Uniform}, on the log scale for {@link LogUniform}, so the prior is uniform in u.
 */
public sealed interface Prior {
    double low();

    double high();

    /** The parameter's value at u in [0, 1]. */
    double value(double u);

    /** Where a value lies on the unit interval. */
    double unit(double value);

    /** How a calibration file spells it. */
    String spelling();

    /** Uniform between the bounds. */
    record Uniform(double low, double high) implements Prior {
        @Override public double value(double u) { return low + u * (high - low); }

        @Override public double unit(double value) { return (value - low) / (high - low); }

        @Override public String spelling() { return "uniform"; }
    }

    /** Uniform in the logarithm: each factor of ten as likely as the next, for rates whose order of magnitude is unknown. */
    record LogUniform(double low, double high) implements Prior {
        @Override public double value(double u) { return Math.exp(Math.log(low) + u * (Math.log(high) - Math.log(low))); }

        @Override public double unit(double value) { return (Math.log(value) - Math.log(low)) / (Math.log(high) - Math.log(low)); }

        @Override public String spelling() { return "loguniform"; }
    }

    /** The standard deviation of u under the prior (uniform on [0, 1]): what posterior spreads are compared with. */
    double UNIT_SD = Math.sqrt(1.0 / 12);
}
