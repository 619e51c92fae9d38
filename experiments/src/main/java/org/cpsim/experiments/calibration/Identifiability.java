package org.cpsim.experiments.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * Which parameters the data pin down: each parameter's posterior spread against its prior's. The
 * ratio of standard deviations is taken on the prior's own scale (u, uniform on [0, 1] under the
 * prior), so it means the same for uniform and log-uniform priors. Readings: below 0.5, the data pin
 * it down (the posterior is less than half as wide as the prior); 0.5 to 0.9, partly informed; above
 * 0.9, not identified (the posterior is close to the prior).
 */
public final class Identifiability {
    public record Row(String path, String prior, double low, double high, double priorSd, double posteriorMean, double posteriorSd,
                      double ci90Low, double ci90High, double sdRatio, String reading) {}

    /** Cut points of the readings, a reporting convention (documented in docs/CALIBRATION.md). */
    static final double PINNED = 0.5;
    static final double INFORMED = 0.9;

    private Identifiability() {}

    public static List<Row> of(CalibrationProblem problem, List<Particle> particles, double[] weights) {
        List<Row> rows = new ArrayList<>();
        for (int j = 0; j < problem.dimensions(); j++) {
            CalibratedParameter p = problem.spec().parameters().get(j);
            double[] x = Weighted.column(particles, j, true), u = Weighted.column(particles, j, false);
            double ratio = Weighted.sd(u, weights) / Prior.UNIT_SD;
            String reading = ratio < PINNED ? "pinned down by the data" : ratio < INFORMED ? "partly informed" : "not identified: posterior close to prior";
            rows.add(new Row(p.path(), p.prior().spelling(), p.prior().low(), p.prior().high(), priorSd(p.prior()), Weighted.mean(x, weights),
                    Weighted.sd(x, weights), Weighted.quantile(x, weights, 0.05), Weighted.quantile(x, weights, 0.95), ratio, reading));
        }
        return rows;
    }

    /** The prior's standard deviation in the parameter's own units. */
    static double priorSd(Prior prior) {
        double a = prior.low(), b = prior.high();
        if (prior instanceof Prior.Uniform) return (b - a) / Math.sqrt(12);
        double l = Math.log(b / a), m1 = (b - a) / l, m2 = (b * b - a * a) / (2 * l);
        return Math.sqrt(Math.max(0, m2 - m1 * m1));
    }
}
