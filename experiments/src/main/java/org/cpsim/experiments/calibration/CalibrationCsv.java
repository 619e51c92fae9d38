package org.cpsim.experiments.calibration;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.output.Csv;

/** The calibration's tables: posterior or best point, per-round diagnostics, identifiability. */
public final class CalibrationCsv {
    public static final String POSTERIOR = "posterior.csv";
    public static final String BEST = "best.csv";
    public static final String DIAGNOSTICS = "diagnostics.csv";
    public static final String IDENTIFIABILITY = "identifiability.csv";

    private CalibrationCsv() {}

    /** {@code particle,weight,distance,<paths>}: the last generation, weights summing to 1. */
    public static void posterior(Writer w, CalibrationProblem problem, AbcSmc.Generation last) throws IOException {
        w.write(header(List.of("particle", "weight", "distance"), problem, ""));
        for (int i = 0; i < last.particles().size(); i++) {
            Particle p = last.particles().get(i);
            List<String> f = new ArrayList<>(List.of(Integer.toString(i), Csv.number(p.weight()), Csv.number(p.distance())));
            for (double v : p.evaluation().values()) f.add(Csv.number(v));
            w.write(Csv.row(f.toArray(String[]::new)));
        }
    }

    /** {@code parameter,value,low,high,scenario_value,distance}: the best point CMA-ES found. */
    public static void best(Writer w, CalibrationProblem problem, Evaluation best) throws IOException {
        w.write("parameter,value,low,high,scenario_value,distance\n");
        for (int j = 0; j < problem.dimensions(); j++) {
            CalibratedParameter p = problem.spec().parameters().get(j);
            w.write(Csv.row(Csv.text(p.path()), Csv.number(best.values()[j]), Csv.number(p.prior().low()), Csv.number(p.prior().high()),
                    Csv.number(p.prior().value(problem.start()[j])), Csv.number(best.distance())));
        }
    }

    /** Per generation: tolerance, proposals, acceptance, ESS, distances, and each parameter's weighted mean and sd. */
    public static void abcDiagnostics(Writer w, CalibrationProblem problem, List<AbcSmc.Generation> generations) throws IOException {
        w.write(header(List.of("generation", "tolerance", "proposals", "accepted", "acceptance_rate", "ess", "best_distance", "median_distance"),
                problem, "_mean,_sd"));
        for (AbcSmc.Generation g : generations) {
            double[] wts = Weighted.weights(g.particles());
            double[] d = g.particles().stream().mapToDouble(Particle::distance).toArray();
            List<String> f = new ArrayList<>(List.of(Integer.toString(g.index()), Csv.number(g.tolerance()), Integer.toString(g.proposals()),
                    Integer.toString(g.accepted()), Csv.number(g.acceptanceRate()), Csv.number(g.ess()),
                    Csv.number(java.util.Arrays.stream(d).min().orElse(Double.NaN)), Csv.number(median(d))));
            for (int j = 0; j < problem.dimensions(); j++) {
                double[] x = Weighted.column(g.particles(), j, true);
                f.add(Csv.number(Weighted.mean(x, wts)));
                f.add(Csv.number(Weighted.sd(x, wts)));
            }
            w.write(Csv.row(f.toArray(String[]::new)));
        }
    }

    /** Per iteration (0: the starting point): evaluations so far, best distance so far and in the iteration, step size, candidates' mean and sd. */
    public static void cmaesDiagnostics(Writer w, CalibrationProblem problem, Cmaes.Result result) throws IOException {
        w.write(header(List.of("iteration", "evaluations", "best_distance", "iteration_best_distance", "iteration_median_distance", "sigma"),
                problem, "_mean,_sd"));
        w.write(cmaesRow(problem, 0, 1, result.start().distance(), List.of(result.start()), Double.NaN));
        int evaluations = 1;
        for (Cmaes.Iteration it : result.iterations()) {
            evaluations += it.candidates().size();
            double sigma = it.index() - 1 < result.sigmas().size() ? result.sigmas().get(it.index() - 1) : Double.NaN;
            w.write(cmaesRow(problem, it.index(), evaluations, it.bestSoFar(), it.candidates(), sigma));
        }
    }

    private static String cmaesRow(CalibrationProblem problem, int index, int evaluations, double bestSoFar, List<Evaluation> candidates, double sigma) {
        double[] d = candidates.stream().mapToDouble(Evaluation::distance).toArray();
        List<String> f = new ArrayList<>(List.of(Integer.toString(index), Integer.toString(evaluations), Csv.number(bestSoFar),
                Csv.number(java.util.Arrays.stream(d).min().orElse(Double.NaN)), Csv.number(median(d)), Csv.number(sigma)));
        double[] w = new double[candidates.size()];
        java.util.Arrays.fill(w, 1.0 / w.length);
        for (int j = 0; j < problem.dimensions(); j++) {
            double[] x = new double[candidates.size()];
            for (int i = 0; i < x.length; i++) x[i] = candidates.get(i).values()[j];
            f.add(Csv.number(Weighted.mean(x, w)));
            f.add(x.length > 1 ? Csv.number(Weighted.sd(x, w)) : "");
        }
        return Csv.row(f.toArray(String[]::new));
    }

    /**
     * Per parameter, prior sd against posterior sd: {@code sd_ratio} is the posterior sd over the prior sd on the
     * prior's own scale (linear for uniform, log for log-uniform priors), so 1 means the data say nothing about it.
     */
    public static void abcIdentifiability(Writer w, CalibrationProblem problem, AbcSmc.Generation last) throws IOException {
        w.write("parameter,prior,prior_low,prior_high,prior_sd,posterior_mean,posterior_sd,ci90_low,ci90_high,sd_ratio,reading\n");
        double[] wts = Weighted.weights(last.particles());
        for (Identifiability.Row r : Identifiability.of(problem, last.particles(), wts)) {
            w.write(Csv.row(Csv.text(r.path()), r.prior(), Csv.number(r.low()), Csv.number(r.high()), Csv.number(r.priorSd()),
                    Csv.number(r.posteriorMean()), Csv.number(r.posteriorSd()), Csv.number(r.ci90Low()), Csv.number(r.ci90High()),
                    Csv.number(r.sdRatio()), Csv.text(r.reading())));
        }
    }

    /**
     * Per parameter, the distance one step (a share of the range) either side of the best point:
     * {@code rise_pct} is how much the distance rises on average, {@code slope_per_range} its gradient per whole range.
     */
    public static void cmaesIdentifiability(Writer w, CalibrationProblem problem, Evaluation best, List<Cmaes.Step> steps) throws IOException {
        w.write("parameter,value,value_minus,value_plus,distance_minus,distance,distance_plus,rise_pct,slope_per_range\n");
        for (Cmaes.Step s : steps) {
            int j = s.parameter();
            double du = s.plus().unit()[j] - s.minus().unit()[j];
            double rise = 100 * ((s.minus().distance() + s.plus().distance()) / 2 - best.distance()) / best.distance();
            w.write(Csv.row(Csv.text(problem.spec().parameters().get(j).path()), Csv.number(best.values()[j]), Csv.number(s.minus().values()[j]),
                    Csv.number(s.plus().values()[j]), Csv.number(s.minus().distance()), Csv.number(best.distance()), Csv.number(s.plus().distance()),
                    Csv.number(rise), Csv.number(du > 0 ? (s.plus().distance() - s.minus().distance()) / du : Double.NaN)));
        }
    }

    private static String header(List<String> first, CalibrationProblem problem, String suffixes) {
        List<String> h = new ArrayList<>(first);
        for (CalibratedParameter p : problem.spec().parameters()) {
            if (suffixes.isEmpty()) h.add(Csv.text(p.path()));
            else for (String s : suffixes.split(",")) h.add(Csv.text(p.path() + s));
        }
        return String.join(",", h) + "\n";
    }

    static double median(double[] d) {
        if (d.length == 0) return Double.NaN;
        double[] s = d.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }
}
