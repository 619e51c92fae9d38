package org.cpsim.experiments.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.random.RandomGenerator;
import org.cpsim.experiments.sweep.DesignRandom;

/**
 * ABC-SMC: approximate Bayesian computation by population Monte Carlo (Beaumont, Cornuet, Marin and
 * Robert 2009; Toni et al. 2009). Generation 0 draws the particles from the prior. Each later
 * generation's tolerance is a quantile of the previous generation's distances; candidates are drawn
 * from the previous particles by weight and moved by a Gaussian kernel with twice their weighted
 * covariance (Beaumont et al. 2009), redrawn whole until inside the prior's bounds (so the proposal is
 * the kernel mixture truncated to the bounds, whose normalising constant cancels); a candidate is
 * accepted if its distance is within the tolerance, with importance weight prior / proposal density.
 *
 * <p>Reproducible and parallel: candidate i of generation g is drawn from its own stream
 * ({@code abc-smc/g/i} of the calibration seed, apart from the model's streams), candidates are
 * evaluated in batches in parallel, and a generation keeps the first N accepted in candidate order,
 * so the result does not depend on threads, timing or interruptions.
 */
public final class AbcSmc {
    /** A generation's particles and what it took to find them. */
    public record Generation(int index, double tolerance, int proposals, int accepted, List<Particle> particles) {
        public double acceptanceRate() { return proposals == 0 ? Double.NaN : (double) accepted / proposals; }

        public double ess() { return Weighted.ess(Weighted.weights(particles)); }
    }

    /** The generations completed; {@code stopped} says why there are fewer than asked, or is null. */
    public record Result(List<Generation> generations, String stopped) {
        public Generation last() { return generations.get(generations.size() - 1); }
    }

    private AbcSmc() {}

    public static Result run(CalibrationProblem problem, Method.AbcSmc settings, Evaluator evaluator, PrintWriter log) throws IOException {
        int d = problem.dimensions(), n = settings.particles();
        long seed = problem.spec().seed();
        List<Generation> generations = new ArrayList<>();

        List<double[]> first = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            RandomGenerator rng = DesignRandom.stream(seed, "abc-smc/0/" + i);
            double[] u = new double[d];
            for (int j = 0; j < d; j++) u[j] = rng.nextDouble();
            first.add(u);
        }
        List<Particle> particles = new ArrayList<>();
        for (Evaluation e : evaluator.evaluate(0, 0, first)) particles.add(new Particle(e, 1.0 / n));
        generations.add(report(log, new Generation(0, Double.POSITIVE_INFINITY, n, n, particles)));

        for (int g = 1; g < settings.generations(); g++) {
            List<Particle> previous = generations.get(g - 1).particles();
            double[] distances = previous.stream().mapToDouble(Particle::distance).toArray();
            double tolerance = Weighted.quantile(distances, uniform(distances.length), settings.quantile());
            Kernel kernel = Kernel.of(previous, d);
            List<Evaluation> accepted = new ArrayList<>();
            int proposals = 0, acceptedAll = 0;
            while (accepted.size() < n) {
                if (proposals >= settings.maxProposals()) {
                    String why = String.format(Locale.ROOT, "generation %d found %d of %d particles within tolerance %.4g in %d proposals (maxProposals); "
                            + "the posterior is generation %d's", g, accepted.size(), n, tolerance, proposals, g - 1);
                    log.println("stopped: " + why);
                    log.flush();
                    return new Result(generations, why);
                }
                int size = Math.min(settings.batch(), settings.maxProposals() - proposals);
                List<double[]> candidates = new ArrayList<>(size);
                for (int i = proposals; i < proposals + size; i++) candidates.add(kernel.propose(DesignRandom.stream(seed, "abc-smc/" + g + "/" + i)));
                for (Evaluation e : evaluator.evaluate(g, proposals, candidates)) {
                    if (e.distance() > tolerance) continue;
                    acceptedAll++;
                    if (accepted.size() < n) accepted.add(e);
                }
                proposals += size;
            }
            generations.add(report(log, new Generation(g, tolerance, proposals, acceptedAll, kernel.weigh(accepted))));
        }
        return new Result(generations, null);
    }

    private static double[] uniform(int n) {
        double[] w = new double[n];
        Arrays.fill(w, 1.0 / n);
        return w;
    }

    private static Generation report(PrintWriter log, Generation g) {
        double best = g.particles().stream().mapToDouble(Particle::distance).min().orElse(Double.NaN);
        log.printf(Locale.ROOT, "generation %d: tolerance %.4g, %d accepted of %d proposals (%.1f%%), ESS %.1f, best distance %.4g%n",
                g.index(), g.tolerance(), g.accepted(), g.proposals(), 100 * g.acceptanceRate(), g.ess(), best);
        log.flush();
        return g;
    }

    /** The perturbation kernel of one generation: the previous particles, and a Gaussian with twice their weighted covariance. */
    private record Kernel(List<Particle> previous, double[][] cholesky, double[] cumulative) {

        static Kernel of(List<Particle> previous, int d) {
            double[][] cov = Weighted.covariance(previous, d);
            for (double[] row : cov) for (int b = 0; b < d; b++) row[b] *= 2;
            double[] cumulative = new double[previous.size()];
            double c = 0;
            for (int i = 0; i < cumulative.length; i++) cumulative[i] = c += previous.get(i).weight();
            return new Kernel(previous, cholesky(cov), cumulative);
        }

        /** Lower-triangular L with L L' = the covariance; a diagonal one if the particles have collapsed onto a line. */
        private static double[][] cholesky(double[][] cov) {
            try {
                return new CholeskyDecomposition(new Array2DRowRealMatrix(cov)).getL().getData();
            } catch (NonPositiveDefiniteMatrixException e) {
                double[][] l = new double[cov.length][cov.length];
                for (int j = 0; j < cov.length; j++) l[j][j] = Math.sqrt(Math.max(cov[j][j], Math.ulp(1.0)));
                return l;
            }
        }

        double[] propose(RandomGenerator rng) {
            int d = cholesky.length;
            while (true) {
                double r = rng.nextDouble() * cumulative[cumulative.length - 1];
                int j = 0;
                while (j < cumulative.length - 1 && cumulative[j] < r) j++;
                double[] from = previous.get(j).unit();
                double[] z = new double[d];
                for (int a = 0; a < d; a++) z[a] = rng.nextGaussian();
                double[] u = new double[d];
                boolean inside = true;
                for (int a = 0; a < d; a++) {
                    double x = from[a];
                    for (int b = 0; b <= a; b++) x += cholesky[a][b] * z[b];
                    u[a] = x;
                    inside &= x >= 0 && x <= 1;
                }
                if (inside) return u;
            }
        }

        /** Importance weights: the prior is uniform on the unit cube, so w is 1 / the kernel mixture's density, normalised. */
        List<Particle> weigh(List<Evaluation> accepted) {
            int d = cholesky.length;
            double[] w = new double[accepted.size()];
            double total = 0;
            for (int i = 0; i < w.length; i++) {
                double density = 0;
                for (Particle p : previous) density += p.weight() * Math.exp(-0.5 * mahalanobis(accepted.get(i).unit(), p.unit(), d));
                w[i] = 1 / density;
                total += w[i];
            }
            List<Particle> out = new ArrayList<>();
            for (int i = 0; i < w.length; i++) out.add(new Particle(accepted.get(i), w[i] / total));
            return out;
        }

        /** (x - m)' S^-1 (x - m) with S = L L', by forward substitution. */
        private double mahalanobis(double[] x, double[] m, int d) {
            double[] y = new double[d];
            double q = 0;
            for (int a = 0; a < d; a++) {
                double s = x[a] - m[a];
                for (int b = 0; b < a; b++) s -= cholesky[a][b] * y[b];
                y[a] = s / cholesky[a][a];
                q += y[a] * y[a];
            }
            return q;
        }
    }
}
