package org.cpsim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The estimator on a toy response with known multipliers: 80 authorities of very different sizes, their
 * figures Poisson counts of a smooth, slightly nonlinear response to two log-multipliers, some cells
 * missing. Gauss-Newton steps with elasticities probed at England's values must recover the multipliers
 * within their posterior sds, shrink an authority without figures onto the hierarchy's mean, and hold
 * the national level when centred.
 */
class PooledEstimatorTest {
    private static final int AUTHORITIES = 80, K = 2;
    /** Six figures in three indicator groups: base log rate and the response to each log-multiplier. */
    private static final double[] BASE = {Math.log(0.05), Math.log(0.055), Math.log(0.03), Math.log(0.032), Math.log(0.004), Math.log(0.0045)};
    private static final double[][] A = {{0.7, 0.9}, {0.6, 0.9}, {0.2, 0.8}, {0.3, 0.8}, {-0.3, 1.1}, {-0.2, 1.0}};
    private static final int[] GROUP = {0, 0, 1, 1, 2, 2};
    private static final double[] TRUE_MEAN = {0.1, -0.05}, TRUE_SD = {0.3, 0.2};

    /** The toy model's expected count: smooth, monotone, with curvature in the first parameter. */
    static double expected(int t, double size, double[] theta) {
        double g = BASE[t] + 0.1 * theta[0] * theta[0];
        for (int j = 0; j < K; j++) g += A[t][j] * theta[j];
        return size * Math.exp(g);
    }

    record World(double[] sizes, double[] weights, double[][] truth, double[][] observed) {}

    static World world(long seed) {
        RandomGenerator rng = new MersenneTwister(seed);
        double[] sizes = new double[AUTHORITIES], weights = new double[AUTHORITIES];
        double[][] truth = new double[AUTHORITIES][K], observed = new double[AUTHORITIES][BASE.length];
        double total = 0;
        for (int a = 0; a < AUTHORITIES; a++) {
            sizes[a] = Math.exp(Math.log(500) + rng.nextDouble() * (Math.log(200_000) - Math.log(500)));
            total += sizes[a];
            for (int j = 0; j < K; j++) truth[a][j] = TRUE_MEAN[j] + TRUE_SD[j] * rng.nextGaussian();
            for (int t = 0; t < BASE.length; t++) {
                // About one cell in ten suppressed; authority 0 has no figure at all.
                if (a == 0 || rng.nextDouble() < 0.1) {
                    observed[a][t] = Double.NaN;
                    continue;
                }
                observed[a][t] = new PoissonDistribution(rng, expected(t, sizes[a], truth[a]), 1e-12, 10_000).sample();
            }
        }
        for (int a = 0; a < AUTHORITIES; a++) weights[a] = sizes[a] / total;
        return new World(sizes, weights, truth, observed);
    }

    static PooledEstimator.AuthorityState state(World w, int a, double[] theta) {
        int n = BASE.length;
        double[] y = new double[n], v = new double[n], g = new double[n];
        for (int t = 0; t < n; t++) {
            double o = w.observed()[a][t];
            y[t] = Double.isNaN(o) ? Double.NaN : Math.log(o + 0.5);
            v[t] = Double.isNaN(o) ? Double.NaN : 1 / (o + 0.5);
            g[t] = Math.log(expected(t, w.sizes()[a], theta) + 0.5);
        }
        return new PooledEstimator.AuthorityState(w.weights()[a], theta.clone(), y, v, g);
    }

    /** Gauss-Newton as PooledCalibration runs it: elasticities probed once at the start, a step per iteration. */
    static PooledEstimator.Step calibrate(World w, PooledEstimator.National national, int iterations, double[][][] thetaOut) {
        double[][] theta = new double[AUTHORITIES][K];
        double[][] jacobian = null;
        PooledEstimator.Settings settings = new PooledEstimator.Settings(national, 0.3, 0.01, new double[] {-2, -2}, new double[] {2, 2});
        PooledEstimator.Step step = null;
        for (int it = 0; it <= iterations; it++) {
            List<PooledEstimator.AuthorityState> states = new ArrayList<>();
            for (int a = 0; a < AUTHORITIES; a++) states.add(state(w, a, theta[a]));
            if (it == 0) {
                List<double[]> base = new ArrayList<>(), noise = new ArrayList<>();
                List<double[][]> probed = new ArrayList<>();
                for (int a = 0; a < AUTHORITIES; a += 4) {
                    base.add(states.get(a).simulated());
                    noise.add(states.get(a).noise());
                    double[][] p = new double[K][];
                    for (int j = 0; j < K; j++) {
                        double[] th = theta[a].clone();
                        th[j] += 0.15;
                        p[j] = state(w, a, th).simulated();
                    }
                    probed.add(p);
                }
                jacobian = PooledEstimator.probeJacobian(base, probed, noise, 0.15);
            }
            step = PooledEstimator.step(states, jacobian, GROUP, 3, settings);
            if (it < iterations) theta = step.next();
        }
        thetaOut[0] = theta;
        return step;
    }

    /**
     * For a response curved on one side (log figure = x + 2 x^2), the raised probe alone overstates the slope at the
     * iterate by 2 x step, and the pair of a lowered and a raised probe gives it exactly (central differences cancel
     * the square). Precision weights pool authorities: one with a noisier figure counts less.
     */
    @Test
    void pairedProbesTakeTheSlopeAcrossBothSides() {
        double step = 0.25;
        java.util.function.DoubleUnaryOperator g = x -> x + 2 * x * x;
        List<double[]> base = List.of(new double[] {g.applyAsDouble(0)}, new double[] {g.applyAsDouble(0)});
        List<double[][]> up = List.of(new double[][] {{g.applyAsDouble(step)}}, new double[][] {{g.applyAsDouble(step)}});
        List<double[][]> down = List.of(new double[][] {{g.applyAsDouble(-step)}}, new double[][] {{g.applyAsDouble(-step)}});
        List<double[]> noise = List.of(new double[] {0.01}, new double[] {0.04});
        assertEquals(1 + 2 * step, PooledEstimator.probeJacobian(base, up, noise, step)[0][0], 1e-12, "forward: the slope plus the curvature");
        assertEquals(1, PooledEstimator.pairedJacobian(down, up, noise, 2 * step)[0][0], 1e-12, "central: the slope");
        // Two authorities with different slopes: the weights are the precisions, 100 and 25.
        List<double[][]> up2 = List.of(new double[][] {{step}}, new double[][] {{3 * step}});
        List<double[][]> zero = List.of(new double[][] {{0}}, new double[][] {{0}});
        assertEquals((100 * 1 + 25 * 3) / 125.0, PooledEstimator.pairedJacobian(zero, up2, noise, step)[0][0], 1e-12);
    }

    @Test
    void recoversKnownMultipliersWithinTheirPosteriorSds() {
        World w = world(11);
        double[][][] out = new double[1][][];
        PooledEstimator.Step step = calibrate(w, PooledEstimator.National.JOINT, 6, out);
        double[][] theta = out[0];
        int within = 0, estimates = 0;
        double largeError = 0;
        int large = 0;
        for (int a = 1; a < AUTHORITIES; a++) {
            for (int j = 0; j < K; j++) {
                double error = Math.abs(theta[a][j] - w.truth()[a][j]);
                if (error <= 1.96 * step.sd()[a][j]) within++;
                estimates++;
                if (w.sizes()[a] > 20_000) {
                    largeError += error;
                    large++;
                }
            }
        }
        // 158 estimates: at 95% nominal coverage the binomial sd is 1.7 points; 85% leaves room for the EB plug-in.
        assertTrue(within >= 0.85 * estimates, within + " of " + estimates + " within 1.96 posterior sd");
        // Large authorities (over 20,000 children, thousands of events per figure) are fitted to their own figures.
        assertTrue(largeError / large < 0.05, "mean absolute error of large authorities " + largeError / large);
        for (int j = 0; j < K; j++) {
            assertEquals(TRUE_SD[j], Math.sqrt(step.sigma()[j][j]), 0.35 * TRUE_SD[j], "between-authority sd of parameter " + j);
            assertEquals(TRUE_MEAN[j], step.mu()[j], 3 * TRUE_SD[j] / Math.sqrt(AUTHORITIES) + 0.02, "hierarchy mean of parameter " + j);
        }
    }

    @Test
    void anAuthorityWithoutFiguresBorrowsEverythingFromTheOthers() {
        World w = world(12);
        double[][][] out = new double[1][][];
        PooledEstimator.Step step = calibrate(w, PooledEstimator.National.JOINT, 4, out);
        for (int j = 0; j < K; j++) {
            assertEquals(step.mu()[j], step.mode()[0][j], 1e-9, "authority 0 has no figures: its mode is the mean");
            assertEquals(Math.sqrt(step.sigma()[j][j]), step.sd()[0][j], 1e-9, "and its sd the between-authority sd");
        }
        // A small authority is pulled towards the mean: shrunk estimates are closer to the mean than the truth's spread.
        double smallSpread = 0, truthSpread = 0;
        int small = 0;
        for (int a = 1; a < AUTHORITIES; a++) {
            if (w.sizes()[a] > 2_000) continue;
            smallSpread += Math.abs(out[0][a][0] - step.mu()[0]);
            truthSpread += Math.abs(w.truth()[a][0] - step.mu()[0]);
            small++;
        }
        assertTrue(small >= 3, "the world has small authorities");
        assertTrue(smallSpread < truthSpread, "small authorities shrunk: " + smallSpread / small + " against " + truthSpread / small);
    }

    @Test
    void centredHoldsTheChildWeightedMeanAtTheNationalValue() {
        World w = world(13);
        double[][][] out = new double[1][][];
        PooledEstimator.Step joint = calibrate(w, PooledEstimator.National.JOINT, 4, out);
        PooledEstimator.Step centred = calibrate(w, PooledEstimator.National.CENTRED, 4, out);
        for (int j = 0; j < K; j++) {
            double weighted = 0;
            for (int a = 0; a < AUTHORITIES; a++) weighted += w.weights()[a] * centred.mode()[a][j];
            assertEquals(0, weighted, 1e-9, "centred: the child-weighted mean of the modes");
            // What the figures ask for is reported all the same, near the joint estimate's.
            assertEquals(joint.nationalOffset()[j], centred.nationalOffset()[j], 0.05);
            // Joint: the offset is what the figures ask for, near the true child-weighted mean.
            double truth = 0;
            for (int a = 0; a < AUTHORITIES; a++) truth += w.weights()[a] * w.truth()[a][j];
            assertEquals(truth, joint.nationalOffset()[j], 0.05, "joint offset of parameter " + j);
        }
    }
}
