package org.cpsim.experiments.calibration;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.cpsim.experiments.runner.RunRecord;
import org.cpsim.experiments.stats.Summary;
import org.cpsim.experiments.sweep.Journal;
import org.cpsim.experiments.sweep.RunKey;
import org.cpsim.model.Simulation;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;

/**
 * Evaluates candidates: every replication of every candidate of a round runs on a pool of threads,
 * and each finished run's target values go to the sweep journal (appended and fsynced, one line per
 * run) on the calling thread. Candidate c of round r is the journal's point r x stride + c, so a
 * calibration started again replays the journal and runs only what is missing. Each run depends only
 * on (candidate, calibration seed, replication): replications 0..R-1 of every candidate share random
 * numbers, so candidates are compared on the same families and events.
 */
public final class Evaluator implements AutoCloseable {
    private final CalibrationProblem problem;
    private final Journal journal;
    private final Map<RunKey, double[]> known = new HashMap<>();
    private final ExecutorService pool;
    private final int stride;
    private int runsNow;

    /**
     * @param stride candidates a round may hold at most
     * @param rounds rounds at most
     */
    public Evaluator(CalibrationProblem problem, Path journalFile, int stride, int rounds, int threads) throws IOException {
        this.problem = problem;
        this.stride = stride;
        long points = (long) stride * rounds;
        if (points > Integer.MAX_VALUE) throw new IllegalArgumentException("too many candidates for the journal: " + points);
        this.journal = Journal.open(journalFile, problem.targets().size(), (int) points, problem.spec().replications());
        for (var e : journal.records().entrySet()) known.put(e.getKey(), e.getValue().outcomes());
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cpsim-calibration");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs already in the journal when it was opened. */
    public int runsReplayed() { return journal.records().size(); }

    /** Runs this process did. */
    public int runsNow() { return runsNow; }

    /** Evaluates candidates {@code first, first+1, ...} of a round (points of the unit cube), in parallel. */
    public List<Evaluation> evaluate(int round, int first, List<double[]> units) throws IOException {
        int replications = problem.spec().replications();
        long seed = problem.spec().seed();
        ExecutorCompletionService<RunRecord> done = new ExecutorCompletionService<>(pool);
        int submitted = 0;
        for (int i = 0; i < units.size(); i++) {
            int point = point(round, first + i);
            Scenario scenario = null;
            for (int r = 0; r < replications; r++) {
                if (known.containsKey(new RunKey(point, r))) continue;
                if (scenario == null) scenario = problem.scenario(units.get(i));
                Scenario s = scenario;
                int rep = r;
                double[] unit = units.get(i);
                done.submit(() -> new RunRecord(point, rep, run(s, seed, rep, unit)));
                submitted++;
            }
        }
        try {
            for (int n = 0; n < submitted; n++) {
                RunRecord record = done.take().get();
                journal.append(record);
                known.put(new RunKey(record.point(), record.replication()), record.outcomes());
                runsNow++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        }
        List<Evaluation> out = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            int point = point(round, first + i);
            int k = problem.targets().size();
            double[] means = new double[k];
            double[] sample = new double[replications];
            for (int t = 0; t < k; t++) {
                for (int r = 0; r < replications; r++) sample[r] = known.get(new RunKey(point, r))[t];
                means[t] = Summary.of(sample).mean();
            }
            out.add(new Evaluation(round, first + i, units.get(i).clone(), problem.values(units.get(i)), means, problem.distance(means)));
        }
        return out;
    }

    private double[] run(Scenario scenario, long seed, int replication, double[] unit) {
        RunResult result;
        try {
            result = Simulation.run(scenario, seed, replication);
        } catch (RuntimeException e) {
            throw new IllegalStateException("calibration candidate " + problem.describe(problem.values(unit)) + ", replication " + replication
                    + " (seed " + seed + ") failed in the model", e);
        }
        double[] values = new double[problem.targets().size()];
        for (int t = 0; t < values.length; t++) values[t] = problem.targets().get(t).simulated(result);
        return values;
    }

    private int point(int round, int candidate) {
        if (candidate >= stride) throw new IllegalArgumentException("candidate " + candidate + " beyond the round's " + stride);
        return round * stride + candidate;
    }

    @Override
    public void close() throws IOException {
        pool.shutdownNow();
        journal.close();
    }
}
