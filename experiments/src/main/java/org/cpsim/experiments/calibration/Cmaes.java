package org.cpsim.experiments.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.cpsim.experiments.sweep.DesignRandom;

/**
 * CMA-ES with Apache Commons Math's {@link CMAESOptimizer}, on the unit cube, starting from the
 * scenario's own values. The optimizer asks for one candidate at a time, but within an iteration its
 * candidates do not depend on each other's distances (they are all drawn from the same distribution
 * before any is evaluated). So the optimizer is replayed: each pass runs it from the start with the
 * same seeded generator, answering from the distances known so far; at the first candidate not yet
 * known it collects the rest of that iteration with stand-in answers, then stops. The collected
 * candidates are evaluated together, in parallel, and the next pass goes one iteration further. The
 * optimizer's own arithmetic is cheap next to one simulation, and a pass answered only from known
 * distances is exactly the run an unparallelised optimizer would make.
 *
 * <p>Round 0 of the journal is the starting point, round i the i-th iteration's candidates; round
 * {@code iterations + 1} the finite-difference steps around the best point ({@link #sensitivity}).
 */
public final class Cmaes {
    /** What an iteration found: its candidates, and the best distance of all candidates so far. */
    public record Iteration(int index, List<Evaluation> candidates, double bestSoFar) {}

    /** The iterations run, the best candidate, the starting point, and the optimizer's step size after each iteration. */
    public record Result(List<Iteration> iterations, Evaluation best, Evaluation start, List<Double> sigmas) {}

    /** Thrown to end a pass once the iteration being collected is complete. */
    private static final class EndOfPass extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EndOfPass() { super(null, null, false, false); }
    }

    private Cmaes() {}

    public static Result run(CalibrationProblem problem, Method.Cmaes settings, Evaluator evaluator, PrintWriter log) throws IOException {
        int d = problem.dimensions(), lambda = settings.population();
        Map<Integer, Evaluation> known = new HashMap<>();
        while (true) {
            Pass pass = new Pass(known, lambda);
            CMAESOptimizer optimizer = optimizer(problem, settings);
            try {
                double[] sigma = new double[d];
                Arrays.fill(sigma, settings.sigma0());
                double[] lower = new double[d], upper = new double[d];
                Arrays.fill(upper, 1);
                optimizer.optimize(new MaxEval(Integer.MAX_VALUE), new ObjectiveFunction(pass::distance), GoalType.MINIMIZE,
                        new InitialGuess(problem.start().clone()), new SimpleBounds(lower, upper),
                        new CMAESOptimizer.Sigma(sigma), new CMAESOptimizer.PopulationSize(lambda));
            } catch (EndOfPass e) {
                // The pass collected the next iteration's candidates.
            }
            if (pass.pending.isEmpty()) return result(known, lambda, optimizer.getStatisticsSigmaHistory());
            int round = round(pass.firstPending, lambda);
            List<Evaluation> done = evaluator.evaluate(round, candidate(pass.firstPending, lambda), pass.pending);
            for (int i = 0; i < done.size(); i++) known.put(pass.firstPending + i, done.get(i));
            report(log, round, done, known);
        }
    }

    private static CMAESOptimizer optimizer(CalibrationProblem problem, Method.Cmaes settings) {
        // Active CMA off, full covariance, no resampling of infeasible points (bounds are handled by repair and penalty).
        return new CMAESOptimizer(settings.iterations(), 0, false, 0, 0,
                DesignRandom.stream(problem.spec().seed(), "cmaes"), true, null);
    }

    /** One run of the optimizer, answered from what is known. */
    private static final class Pass {
        private final Map<Integer, Evaluation> known;
        private final int lambda;
        private final List<double[]> pending = new ArrayList<>();
        private int calls;
        private int firstPending = -1;
        private int end = -1;

        Pass(Map<Integer, Evaluation> known, int lambda) {
            this.known = known;
            this.lambda = lambda;
        }

        double distance(double[] x) {
            int call = calls++;
            if (end >= 0 && call >= end) throw new EndOfPass();
            Evaluation e = known.get(call);
            if (e != null) {
                if (!Arrays.equals(e.unit(), x)) throw new IllegalStateException("the optimizer's candidate " + call + " differs on replay");
                return e.distance();
            }
            if (firstPending < 0) {
                firstPending = call;
                // The rest of this call's iteration: call 0 is the starting point, then iterations of lambda calls.
                end = call == 0 ? 1 : call + lambda - (call - 1) % lambda;
            }
            pending.add(x.clone());
            // A stand-in: the optimizer's update after this iteration is thrown away with the pass.
            return 0;
        }
    }

    static int round(int call, int lambda) { return call == 0 ? 0 : 1 + (call - 1) / lambda; }

    static int candidate(int call, int lambda) { return call == 0 ? 0 : (call - 1) % lambda; }

    private static Result result(Map<Integer, Evaluation> known, int lambda, List<Double> sigmas) {
        List<Iteration> iterations = new ArrayList<>();
        double best = known.get(0).distance();
        Evaluation bestEvaluation = known.get(0);
        for (int it = 1; known.containsKey(1 + (it - 1) * lambda); it++) {
            List<Evaluation> candidates = new ArrayList<>();
            for (int k = 0; k < lambda; k++) {
                Evaluation e = known.get(1 + (it - 1) * lambda + k);
                if (e == null) break;
                candidates.add(e);
                if (e.distance() < best) {
                    best = e.distance();
                    bestEvaluation = e;
                }
            }
            iterations.add(new Iteration(it, candidates, best));
        }
        return new Result(iterations, bestEvaluation, known.get(0), List.copyOf(sigmas));
    }

    private static void report(PrintWriter log, int round, List<Evaluation> done, Map<Integer, Evaluation> known) {
        double roundBest = done.stream().mapToDouble(Evaluation::distance).min().orElse(Double.NaN);
        double best = known.values().stream().mapToDouble(Evaluation::distance).min().orElse(Double.NaN);
        log.printf(Locale.ROOT, "%s: best distance %.4g in this round, %.4g so far%n", round == 0 ? "starting point" : "iteration " + round, roundBest, best);
        log.flush();
    }

    /** The distance at the best point and one step either side along each parameter (clamped to the bounds), in one parallel round. */
    public record Step(int parameter, Evaluation minus, Evaluation plus) {}

    public static List<Step> sensitivity(CalibrationProblem problem, Method.Cmaes settings, Evaluator evaluator, Evaluation best) throws IOException {
        int d = problem.dimensions();
        List<double[]> points = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            for (int sign = -1; sign <= 1; sign += 2) {
                double[] u = best.unit().clone();
                u[j] = Math.max(0, Math.min(1, u[j] + sign * settings.sensitivityStep()));
                points.add(u);
            }
        }
        List<Evaluation> done = evaluator.evaluate(settings.iterations() + 1, 0, points);
        List<Step> steps = new ArrayList<>();
        for (int j = 0; j < d; j++) steps.add(new Step(j, done.get(2 * j), done.get(2 * j + 1)));
        return steps;
    }
}
