package org.cpsim.experiments.calibration;

import java.util.List;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Partial pooling of every authority's few local parameters by empirical Bayes, one Gauss-Newton step
 * at a time. Pure arithmetic: the simulations are the caller's.
 *
 * <p><b>The model.</b> Authority a has local log-multipliers theta_a (k of them, 0 = the national value).
 * Its observed figures, on the log scale, are y_at = g_t(theta_a) + e_at, e_at ~ N(0, V_at), where g_t is
 * the model's log figure and V_at = noise_at + s2_i: the sampling noise of the count (Poisson, with the
 * simulated mean's own noise) plus an extra variance s2_i per indicator i, estimated from the residuals
 * of all authorities (what neither Poisson noise nor the local parameters explain: overdispersion,
 * the model's misfit). A priori theta_a ~ N(mu, Sigma), mu and Sigma estimated from all authorities.
 *
 * <p><b>One step.</b> Around the current iterate the model is linear, g(theta) ~ g(theta_a) + J (theta -
 * theta_a), with one matrix J of elasticities for every authority (d log figure / d log multiplier,
 * estimated from the national model by {@link #probeJacobian}). The linear-Gaussian
 * hierarchy is then fitted exactly by EM (type-II maximum likelihood): E-step, each authority's
 * posterior mode m_a and covariance C_a given mu and Sigma; M-step, mu the mean of the modes and Sigma
 * their spread plus the mean C_a; s2_i by its REML-like moment equation with each figure's leverage.
 * An authority with few or noisy figures (a small one, suppressed cells) has a wide likelihood and
 * lands near mu: it borrows strength; a large one is fitted to its own figures.
 *
 * <p><b>National level.</b> {@link National#CENTRED}: the child-weighted mean of the log-multipliers is
 * held at 0 (the constrained posterior mode, by a Lagrange multiplier: m_a - w_a C_a lambda), so the
 * national values stay the national calibration's and the authorities only share them out.
 * {@link National#JOINT}: no constraint; the child-weighted mean is then the shift of the national values
 * the local figures ask for, reported either way ({@link Step#nationalOffset}).
 */
public final class PooledEstimator {

    /** How the national level of each local parameter is set. */
    public enum National {
        /** Held at the national calibration's: the multipliers' child-weighted geometric mean is 1. */
        CENTRED,
        /** Estimated with the authorities: the multipliers' child-weighted mean is free. */
        JOINT;

        public String spelling() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    /**
     * One authority at the current iterate.
     *
     * @param weight    its share of England's children (the weights sum to 1)
     * @param theta     its current log-multipliers
     * @param observed  log observed figure per target, NaN where missing (suppressed, not published)
     * @param noise     the sampling variance of each observed log figure (with the simulated mean's), NaN where missing
     * @param simulated log simulated figure per target at theta
     */
    public record AuthorityState(double weight, double[] theta, double[] observed, double[] noise, double[] simulated) {}

    /**
     * @param national  how the national level is set
     * @param maxStep   the largest change of any log figure the linearised model may predict for one step (a trust region:
     *                  the model is only locally linear); a longer step is shortened along its direction
     * @param minExtraSd the smallest extra sd of an indicator: without a floor, an indicator fitted closely gets a small
     *                  extra variance, so more weight, so is fitted more closely still, at the others' expense
     * @param low       lowest log-multiplier of each parameter
     * @param high      highest
     */
    public record Settings(National national, double maxStep, double minExtraSd, double[] low, double[] high) {}

    /**
     * What one step found.
     *
     * @param next           each authority's next iterate (the mode, moved at most maxStep, within the bounds)
     * @param mode           each authority's posterior mode under the linearised model
     * @param sd             its posterior standard deviations
     * @param mu             the hierarchy's mean
     * @param sigma          its covariance (between-authority variation)
     * @param extraVariance  s2 of each indicator group
     * @param nationalOffset the child-weighted mean of the unconstrained modes: the shift of the national level the
     *                       local figures ask for (when centred, the constraint then takes it back)
     */
    public record Step(double[][] next, double[][] mode, double[][] sd, double[] mu, double[][] sigma, double[] extraVariance, double[] nationalOffset) {}

    /** Rounds of EM and of the extra-variance update: the arithmetic is cheap beside one simulation. */
    private static final int OUTER_ROUNDS = 40;
    private static final int EM_ROUNDS = 50;
    /** Floors that keep a degenerate spread (all authorities alike) from dividing by zero. */
    private static final double MIN_VARIANCE = 1e-6;
    /** EM stops when no hyperparameter moves more than this (log scale): far below any posterior sd. */
    private static final double CONVERGED = 1e-10;

    private PooledEstimator() {}

    /**
     * One Gauss-Newton step of every authority with the hyperparameters re-estimated.
     *
     * @param jacobian   targets x parameters: d log figure / d log-multiplier
     * @param groupOf    each target's indicator group (for its extra variance)
     * @param groups     how many groups
     */
    public static Step step(List<AuthorityState> authorities, double[][] jacobian, int[] groupOf, int groups, Settings settings) {
        int n = authorities.size(), k = jacobian[0].length, targets = jacobian.length;
        // z_a = y_a - g_a + J theta_a: the linearised observation of theta_a.
        double[][] z = new double[n][targets];
        for (int a = 0; a < n; a++) {
            AuthorityState s = authorities.get(a);
            for (int t = 0; t < targets; t++) {
                z[a][t] = s.observed()[t] - s.simulated()[t];
                if (Double.isNaN(s.simulated()[t])) z[a][t] = Double.NaN;
                for (int j = 0; j < k; j++) z[a][t] += jacobian[t][j] * s.theta()[j];
            }
        }
        double[] extra = new double[groups];
        java.util.Arrays.fill(extra, Math.max(0.01, settings.minExtraSd() * settings.minExtraSd()));
        double[] mu = new double[k];
        double[][] sigma = new double[k][k];
        for (int j = 0; j < k; j++) sigma[j][j] = 0.1;
        double[][] mode = new double[n][];
        double[][][] cov = new double[n][][];
        double[] asked = new double[k];
        for (int round = 0; round < OUTER_ROUNDS; round++) {
            for (int em = 0; em < EM_ROUNDS; em++) {
                double[][] sigmaInv = inverse(sigma);
                for (int a = 0; a < n; a++) {
                    double[][] p = copy(sigmaInv);
                    double[] b = times(sigmaInv, mu);
                    AuthorityState s = authorities.get(a);
                    for (int t = 0; t < targets; t++) {
                        if (Double.isNaN(z[a][t])) continue;
                        double v = s.noise()[t] + extra[groupOf[t]];
                        for (int i = 0; i < k; i++) {
                            b[i] += jacobian[t][i] * z[a][t] / v;
                            for (int j = 0; j < k; j++) p[i][j] += jacobian[t][i] * jacobian[t][j] / v;
                        }
                    }
                    cov[a] = inverse(p);
                    mode[a] = times(cov[a], b);
                }
                asked = weightedMean(authorities, mode);
                if (settings.national() == National.CENTRED) centre(authorities, mode, cov);
                double[] nextMu = new double[k];
                for (int a = 0; a < n; a++) for (int j = 0; j < k; j++) nextMu[j] += mode[a][j] / n;
                double[][] nextSigma = new double[k][k];
                for (int a = 0; a < n; a++) {
                    for (int i = 0; i < k; i++) {
                        for (int j = 0; j < k; j++) nextSigma[i][j] += ((mode[a][i] - nextMu[i]) * (mode[a][j] - nextMu[j]) + cov[a][i][j]) / n;
                    }
                }
                for (int j = 0; j < k; j++) nextSigma[j][j] = Math.max(nextSigma[j][j], MIN_VARIANCE);
                double change = 0;
                for (int i = 0; i < k; i++) {
                    change = Math.max(change, Math.abs(nextMu[i] - mu[i]));
                    for (int j = 0; j < k; j++) change = Math.max(change, Math.abs(nextSigma[i][j] - sigma[i][j]));
                }
                mu = nextMu;
                sigma = nextSigma;
                if (change < CONVERGED) break;
            }
            // s2 per group: sum r^2 = sum (noise + s2)(1 - h), h the figure's leverage J_t C_a J_t' / V.
            double[] r2 = new double[groups], noise = new double[groups], free = new double[groups];
            for (int a = 0; a < n; a++) {
                AuthorityState s = authorities.get(a);
                for (int t = 0; t < targets; t++) {
                    if (Double.isNaN(z[a][t])) continue;
                    int g = groupOf[t];
                    double fitted = 0, leverage = 0;
                    for (int i = 0; i < k; i++) {
                        fitted += jacobian[t][i] * mode[a][i];
                        for (int j = 0; j < k; j++) leverage += jacobian[t][i] * cov[a][i][j] * jacobian[t][j];
                    }
                    double v = s.noise()[t] + extra[g];
                    double h = Math.min(1, leverage / v);
                    double r = z[a][t] - fitted;
                    r2[g] += r * r;
                    noise[g] += s.noise()[t] * (1 - h);
                    free[g] += 1 - h;
                }
            }
            double floor = settings.minExtraSd() * settings.minExtraSd();
            for (int g = 0; g < groups; g++) extra[g] = free[g] > 0 ? Math.max(floor, (r2[g] - noise[g]) / free[g]) : floor;
        }
        double[][] next = new double[n][k], sd = new double[n][k];
        for (int a = 0; a < n; a++) {
            AuthorityState s = authorities.get(a);
            double[] move = new double[k];
            for (int j = 0; j < k; j++) move[j] = mode[a][j] - s.theta()[j];
            // Trust region on the figures: the linear model is believed for a change of at most maxStep in any
            // log figure, so a parameter with strong effects (a threshold) moves in smaller steps than a weak one.
            double largest = 0;
            for (int t = 0; t < targets; t++) {
                double change = 0;
                for (int j = 0; j < k; j++) change += jacobian[t][j] * move[j];
                largest = Math.max(largest, Math.abs(change));
            }
            double scale = largest > settings.maxStep() ? settings.maxStep() / largest : 1;
            for (int j = 0; j < k; j++) {
                next[a][j] = Math.max(settings.low()[j], Math.min(settings.high()[j], s.theta()[j] + scale * move[j]));
                sd[a][j] = Math.sqrt(cov[a][j][j]);
            }
        }
        return new Step(next, mode, sd, mu, sigma, extra, asked);
    }

    private static double[] weightedMean(List<AuthorityState> authorities, double[][] mode) {
        double[] m = new double[mode[0].length];
        for (int a = 0; a < mode.length; a++) for (int j = 0; j < m.length; j++) m[j] += authorities.get(a).weight() * mode[a][j];
        return m;
    }

    /**
     * The constrained mode: minimise sum_a (theta_a - m_a)' C_a^-1 (theta_a - m_a) subject to sum_a w_a theta_a = 0,
     * so theta_a = m_a - w_a C_a lambda with lambda = (sum_a w_a^2 C_a)^-1 sum_a w_a m_a. The uncertain
     * authorities give way most.
     */
    private static void centre(List<AuthorityState> authorities, double[][] mode, double[][][] cov) {
        int k = mode[0].length;
        double[] offset = new double[k];
        double[][] spread = new double[k][k];
        for (int a = 0; a < mode.length; a++) {
            double w = authorities.get(a).weight();
            for (int i = 0; i < k; i++) {
                offset[i] += w * mode[a][i];
                for (int j = 0; j < k; j++) spread[i][j] += w * w * cov[a][i][j];
            }
        }
        double[] lambda = times(inverse(spread), offset);
        for (int a = 0; a < mode.length; a++) {
            double[] shift = times(cov[a], lambda);
            double w = authorities.get(a).weight();
            for (int j = 0; j < k; j++) mode[a][j] -= w * shift[j];
        }
    }

    /**
     * Elasticities from probes: for each parameter, authorities run with that log-multiplier raised by
     * {@code step} (the same replication as the unprobed run: common random numbers, so the difference is
     * the response, not noise), pooled over authorities with each figure's precision as its weight.
     *
     * @param base   per probed authority, the log figures of its unprobed run
     * @param probed per probed authority, per parameter, the log figures of the probe
     * @param noise  per probed authority, the sampling variance of each figure (its weight is the inverse)
     */
    public static double[][] probeJacobian(List<double[]> base, List<double[][]> probed, List<double[]> noise, double step) {
        List<double[][]> lower = new java.util.ArrayList<>();
        for (int a = 0; a < base.size(); a++) {
            double[][] same = new double[probed.get(a).length][];
            java.util.Arrays.fill(same, base.get(a));
            lower.add(same);
        }
        return pairedJacobian(lower, probed, noise, step);
    }

    /**
     * Elasticities from pairs of runs per parameter, {@code lower} and {@code upper}, {@code width} apart on the
     * parameter's scale (the unprobed run and the raised probe, or a lowered and a raised probe), pooled the same way.
     */
    public static double[][] pairedJacobian(List<double[][]> lower, List<double[][]> upper, List<double[]> noise, double width) {
        int targets = upper.get(0)[0].length, k = upper.get(0).length;
        double[][] j = new double[targets][k];
        for (int t = 0; t < targets; t++) {
            for (int p = 0; p < k; p++) {
                double sum = 0, weights = 0;
                for (int a = 0; a < upper.size(); a++) {
                    double d = upper.get(a)[p][t] - lower.get(a)[p][t];
                    double v = noise.get(a)[t];
                    if (Double.isNaN(d) || Double.isNaN(v)) continue;
                    sum += d / width / v;
                    weights += 1 / v;
                }
                j[t][p] = weights > 0 ? sum / weights : 0;
            }
        }
        return j;
    }

    /**
     * Minus twice the log posterior (up to a constant) of the authorities' current multipliers given their
     * simulated figures, under a step's hierarchy: sum over figures of (y - g)^2 / V plus each authority's
     * (theta - mu)' Sigma^-1 (theta - mu).
     */
    public static double objective(List<AuthorityState> authorities, int[] groupOf, Step hierarchy) {
        double[][] sigmaInv = inverse(hierarchy.sigma());
        double total = 0;
        for (AuthorityState s : authorities) {
            for (int t = 0; t < groupOf.length; t++) {
                double r = s.observed()[t] - s.simulated()[t];
                if (Double.isNaN(r)) continue;
                total += r * r / (s.noise()[t] + hierarchy.extraVariance()[groupOf[t]]);
            }
            int k = s.theta().length;
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) total += (s.theta()[i] - hierarchy.mu()[i]) * sigmaInv[i][j] * (s.theta()[j] - hierarchy.mu()[j]);
            }
        }
        return total;
    }

    // ---- small dense algebra (k is two or three)

    static double[][] inverse(double[][] m) {
        RealMatrix r = new LUDecomposition(new Array2DRowRealMatrix(m)).getSolver().getInverse();
        return r.getData();
    }

    static double[] times(double[][] m, double[] v) {
        double[] out = new double[m.length];
        for (int i = 0; i < m.length; i++) for (int j = 0; j < v.length; j++) out[i] += m[i][j] * v[j];
        return out;
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) c[i] = m[i].clone();
        return c;
    }
}
