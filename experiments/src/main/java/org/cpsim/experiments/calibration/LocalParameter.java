package org.cpsim.experiments.calibration;

import org.cpsim.experiments.io.Origin;

/**
 * A local parameter of a pooled calibration: a scenario value that each authority holds as a multiple
 * of the national value, estimated on the log scale.
 *
 * @param name  a short name for columns and messages ({@code concern}, {@code need})
 * @param path  the dotted scenario path of the value multiplied
 * @param low   the smallest multiplier allowed (above 0)
 * @param high  the largest
 */
public record LocalParameter(String name, String path, double low, double high, Origin origin) {
    public LocalParameter {
        if (!(low > 0 && low < 1 && high > 1)) throw new IllegalArgumentException("bounds must straddle 1 and be above 0: [" + low + ", " + high + "]");
    }

    public double logLow() { return Math.log(low); }

    public double logHigh() { return Math.log(high); }
}
