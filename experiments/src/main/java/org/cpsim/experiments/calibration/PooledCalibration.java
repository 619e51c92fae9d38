package org.cpsim.experiments.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cpsim.experiments.runner.RunRecord;
import org.cpsim.experiments.runner.RunTask;
import org.cpsim.experiments.runner.SweepExecutor;
import org.cpsim.experiments.sweep.Journal;
import org.cpsim.experiments.sweep.RunKey;

/**
 * The pooled calibration's iterations: every authority simulated at its current log-multipliers
 * (replications 0..R-1 of the calibration seed in every iteration: common random numbers, so a change
 * between iterations is the parameters' doing), then one {@link PooledEstimator} step for all.
 *
 * <p>Iteration 0 also probes the elasticities: every {@code probeEvery}-th authority once more per
 * parameter, that log-multiplier raised by {@code probeStep}, on replication 0; they hold for every later
 * iteration (a trust region keeps each step where they hold). The last iteration is simulated and not moved
 * from: its multipliers are the estimate, and its simulated figures the fit shown.
 *
 * <p>Journal: run (iteration n, authority a, variant v) is point (n x A + a) x (k + 1) + v, v = 0 the
 * authority at its iterate, v = j + 1 its probe of parameter j (with {@code probes: central}, v = k + j + 1 its probe
 * of parameter j lowered, and the points have 2k + 1 variants). Each iteration depends only on the runs
 * before it, so a resumed calibration replays the journal, recomputes the same steps and runs only what
 * is missing; the runs go to any {@link SweepExecutor} (local threads, Spark) and the results do not
 * depend on where or in what order they ran.
 */
public final class PooledCalibration {

    /** What one iteration simulated and found. */
    public record Iteration(int index, double[][] theta, double[][] simulated, PooledEstimator.Step step, double[][] jacobian, double maxMove) {}

    /**
     * Every iteration, and each one's objective: minus twice the log posterior of its multipliers given its
     * simulated figures, under the last step's hierarchy (so the iterates are compared on one scale). The
     * estimate is the iterate of least objective, the posterior mode among the points simulated: with noisy
     * simulated figures, steps near the mode can overshoot, and the last is not always the best.
     */
    public record Result(List<Iteration> iterations, double[] objectives, int runsReplayed, int runsNow) {
        public Iteration last() { return iterations.get(iterations.size() - 1); }

        public Iteration estimate() {
            int best = 0;
            for (int i = 1; i < objectives.length; i++) if (objectives[i] < objectives[best]) best = i;
            return iterations.get(best);
        }
    }

    private final PooledProblem problem;
    private final Method.Pooled settings;
    private final SweepExecutor executor;
    private final Path journalFile;
    private final PrintWriter log;

    public PooledCalibration(PooledProblem problem, SweepExecutor executor, Path journalFile, PrintWriter log) {
        this.problem = problem;
        this.settings = (Method.Pooled) problem.spec().method();
        this.executor = executor;
        this.journalFile = journalFile;
        this.log = log;
    }

    /** How many journal points a calibration of this shape has. */
    static int points(PooledProblem problem, Method.Pooled settings) {
        long n = (long) (settings.iterations() + 1) * problem.authorities().size() * variants(problem, settings);
        if (n > Integer.MAX_VALUE) throw new IllegalArgumentException("too many runs for the journal: " + n);
        return (int) n;
    }

    private int point(int iteration, int authority, int variant) {
        return (iteration * problem.authorities().size() + authority) * variants() + variant;
    }

    public Result run() throws IOException {
        int n = problem.authorities().size(), k = problem.dimensions(), replications = problem.spec().replications();
        long seed = problem.spec().seed();
        PooledEstimator.Settings estimator = estimatorSettings();
        Map<RunKey, double[]> known = new HashMap<>();
        int replayed, now = 0;
        List<Iteration> iterations = new ArrayList<>();
        try (Journal journal = Journal.open(journalFile, problem.outcomes().size(), points(problem, settings), replications)) {
            for (var e : journal.records().entrySet()) known.put(e.getKey(), e.getValue().outcomes());
            replayed = known.size();
            double[][] theta = new double[n][k];
            double[][] jacobian = null;
            for (int it = 0; it <= settings.iterations(); it++) {
                List<RunTask> tasks = new ArrayList<>();
                for (int a = 0; a < n; a++) {
                    for (int r = 0; r < replications; r++) add(tasks, known, point(it, a, 0), r, a, theta[a], seed);
                    if (it == 0 && a % settings.probeEvery() == 0) {
                        for (int j = 0; j < k; j++) add(tasks, known, point(it, a, j + 1), 0, a, probe(theta[a], j, 1), seed);
                        if (settings.centralProbes()) for (int j = 0; j < k; j++) add(tasks, known, point(it, a, k + j + 1), 0, a, probe(theta[a], j, -1), seed);
                    }
                }
                // Largest authorities first, so the last runs to finish are short ones (the order changes no result).
                tasks.sort(Comparator.comparingInt((RunTask t) -> -problem.simulatedChildren(authorityOf(t.point()))));
                int before = known.size();
                executor.execute(tasks, problem.outcomes(), (RunRecord record) -> {
                    journal.append(record);
                    known.put(new RunKey(record.point(), record.replication()), record.outcomes());
                });
                now += known.size() - before;

                double[][] simulated = new double[n][];
                List<PooledEstimator.AuthorityState> states = new ArrayList<>();
                for (int a = 0; a < n; a++) {
                    simulated[a] = meanFigures(a, it, known);
                    states.add(state(a, theta[a], simulated[a]));
                }
                // The elasticities of the national model, probed once: a secant update from the authorities' own
                // moves was tried and, with moves correlated across authorities, turned some elasticities' signs.
                if (it == 0) jacobian = probeJacobian(known);
                PooledEstimator.Step step = PooledEstimator.step(states, jacobian, groupOf(), problem.groups().size(), estimator);
                double maxMove = 0;
                for (int a = 0; a < n; a++) for (int j = 0; j < k; j++) maxMove = Math.max(maxMove, Math.abs(step.next()[a][j] - theta[a][j]));
                Iteration iteration = new Iteration(it, copy(theta), simulated, step, copy(jacobian), maxMove);
                iterations.add(iteration);
                report(iteration);
                if (it < settings.iterations()) theta = step.next();
            }
        }
        double[] objectives = new double[iterations.size()];
        PooledEstimator.Step hierarchy = iterations.get(iterations.size() - 1).step();
        for (int i = 0; i < objectives.length; i++) {
            Iteration it = iterations.get(i);
            List<PooledEstimator.AuthorityState> states = new ArrayList<>();
            for (int a = 0; a < n; a++) states.add(state(a, it.theta()[a], it.simulated()[a]));
            objectives[i] = PooledEstimator.objective(states, groupOf(), hierarchy);
        }
        return new Result(iterations, objectives, replayed, now);
    }

    private PooledEstimator.Settings estimatorSettings() {
        int k = problem.dimensions();
        double[] low = new double[k], high = new double[k];
        for (int j = 0; j < k; j++) {
            low[j] = problem.spec().local().get(j).scaleLow();
            high[j] = problem.spec().local().get(j).scaleHigh();
        }
        return new PooledEstimator.Settings(settings.national(), settings.maxStep(), settings.minExtraSd(), low, high);
    }

    private void add(List<RunTask> tasks, Map<RunKey, double[]> known, int point, int replication, int authority, double[] theta, long seed) {
        if (known.containsKey(new RunKey(point, replication))) return;
        tasks.add(new RunTask(point, replication, problem.scenario(authority, theta), seed));
    }

    private int authorityOf(int point) { return (point / variants()) % problem.authorities().size(); }

    /** Runs per authority and iteration in the journal's numbering: the iterate and its probes. */
    private int variants() { return variants(problem, settings); }

    private static int variants(PooledProblem problem, Method.Pooled settings) { return (settings.centralProbes() ? 2 : 1) * problem.dimensions() + 1; }

    private double[] probe(double[] theta, int j, int direction) {
        double[] p = theta.clone();
        p[j] += direction * settings.probeStep();
        return p;
    }

    /** The authority's figures at an iteration: the mean over replications of each run's figure. */
    private double[] meanFigures(int a, int iteration, Map<RunKey, double[]> known) {
        int replications = problem.spec().replications();
        double[] mean = new double[problem.keys().size()];
        for (int r = 0; r < replications; r++) {
            double[] f = problem.figures(a, known.get(new RunKey(point(iteration, a, 0), r)));
            for (int t = 0; t < mean.length; t++) mean[t] += f[t] / replications;
        }
        return mean;
    }

    /**
     * The estimator's view of an authority: log figures with a continuity correction of half a count (so
     * a zero is a figure, and a small count's log is not dominated by one event), and the sampling variance
     * of the observed log count, Poisson 1 / (count + 1/2), times 1 + 1/(R s) for the simulated mean's own noise
     * (R replications at a share s of the authority's children).
     */
    PooledEstimator.AuthorityState state(int a, double[] theta, double[] simulated) {
        PooledProblem.Authority authority = problem.authorities().get(a);
        int keys = problem.keys().size();
        double[] observed = new double[keys], noise = new double[keys], sim = new double[keys];
        // The simulated mean of R runs at a share s of the children has R s times the observed figure's events.
        double inflation = 1 + (double) authority.children() / problem.simulatedChildren(a) / problem.spec().replications();
        for (int t = 0; t < keys; t++) {
            double o = authority.observed()[t];
            if (Double.isNaN(o) || Double.isNaN(simulated[t])) {
                observed[t] = noise[t] = sim[t] = Double.NaN;
                continue;
            }
            boolean count = problem.keys().get(t).count();
            observed[t] = count ? Math.log(o + 0.5) : Math.log(o);
            sim[t] = count ? Math.log(simulated[t] + 0.5) : Math.log(simulated[t]);
            noise[t] = count ? inflation / (o + 0.5) : 0;
            // An indicator's weight in the calibration file scales its precision.
            noise[t] /= problem.spec().weights().get(problem.keys().get(t).indicator());
        }
        return new PooledEstimator.AuthorityState(authority.weight(), theta.clone(), observed, noise, sim);
    }

    /** The log with the half-count continuity correction of {@link #state}. */
    private static double log(double x) { return Math.log(x + 0.5); }

    private double[][] probeJacobian(Map<RunKey, double[]> known) {
        int n = problem.authorities().size(), k = problem.dimensions();
        List<double[]> noise = new ArrayList<>();
        List<double[][]> lower = new ArrayList<>(), upper = new ArrayList<>();
        for (int a = 0; a < n; a += settings.probeEvery()) {
            double[][] up = new double[k][], down = new double[k][];
            for (int j = 0; j < k; j++) {
                up[j] = logFigures(a, point(0, a, j + 1), known);
                // Forward: the slope from the iterate; central: across the lowered and the raised probe.
                down[j] = logFigures(a, settings.centralProbes() ? point(0, a, k + j + 1) : point(0, a, 0), known);
            }
            lower.add(down);
            upper.add(up);
            noise.add(state(a, new double[k], problem.figures(a, known.get(new RunKey(point(0, a, 0), 0)))).noise());
        }
        return PooledEstimator.pairedJacobian(lower, upper, noise, (settings.centralProbes() ? 2 : 1) * settings.probeStep());
    }

    private double[] logFigures(int a, int point, Map<RunKey, double[]> known) {
        double[] f = problem.figures(a, known.get(new RunKey(point, 0)));
        for (int t = 0; t < f.length; t++) f[t] = log(f[t]);
        return f;
    }

    private int[] groupOf() {
        return problem.keys().stream().mapToInt(PooledProblem.Key::group).toArray();
    }

    /** Median absolute relative error of the simulated figures, over every authority's figures of the indicators given (all if empty). */
    public static double medianAbsoluteError(PooledProblem problem, double[][] simulated, List<String> indicators) {
        List<Double> errors = new ArrayList<>();
        for (int a = 0; a < simulated.length; a++) {
            for (int t = 0; t < problem.keys().size(); t++) {
                double o = problem.authorities().get(a).observed()[t];
                if (Double.isNaN(o) || o == 0 || Double.isNaN(simulated[a][t])) continue;
                if (!indicators.isEmpty() && !indicators.contains(problem.keys().get(t).indicator())) continue;
                errors.add(Math.abs(simulated[a][t] - o) / o);
            }
        }
        return median(errors);
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) return Double.NaN;
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private void report(Iteration it) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "iteration %d: median absolute error %.1f%%", it.index(),
                100 * medianAbsoluteError(problem, it.simulated(), List.of())));
        for (int j = 0; j < problem.dimensions(); j++) {
            b.append(String.format(Locale.ROOT, "; %s sd between authorities %.3f, national offset %+.3f", problem.spec().local().get(j).name(),
                    Math.sqrt(it.step().sigma()[j][j]), it.step().nationalOffset()[j]));
        }
        b.append(String.format(Locale.ROOT, "; next move at most %.3f", it.maxMove()));
        log.println(b);
        log.flush();
    }

    private static double[][] copy(double[][] m) {
        double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) c[i] = Arrays.copyOf(m[i], m[i].length);
        return c;
    }
}
