package org.cpsim.experiments.calibration;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.output.Csv;

/** The files of a pooled calibration: the levels, the per-authority fit, the iterations, the elasticities. */
public final class PooledCsv {
    public static final String LEVELS = "levels.csv";
    public static final String POSTERIOR = "posterior.csv";
    public static final String FIT = "fit.csv";
    public static final String DIAGNOSTICS = "diagnostics.csv";
    public static final String ELASTICITIES = "elasticities.csv";
    public static final String DISCREPANCY = "discrepancy.csv";

    private PooledCsv() {}

    /**
     * The levels file {@code cpsim authorities} reads (docs/CALIBRATION.md, "Authority levels files"):
     * {@code authority,parameter,value,source}, one row per authority and level in record order: an estimated
     * level at the last iteration's value (whose figures fit.csv shows), the source saying how and with what
     * posterior sd; a level the calibration held at England's ({@link LocalParameter#unestimated}) at England's
     * value, the source saying so, so that the scenarios written from the file run the levels the calibration
     * ran. The establishment ({@link LocalParameter#KEPT}) is written only if estimated: otherwise it is the
     * scenario's, which the generator writes from the workforce census. Path parameters are not levels, so they
     * are left to {@link #posterior}.
     */
    public static void levels(Writer w, PooledProblem problem, PooledCalibration.Iteration last, String calibrationFile) throws IOException {
        w.write(Csv.row("authority", "parameter", "value", "source"));
        List<LocalParameter> local = problem.spec().local();
        String held = "assumption: England's, held there by " + calibrationFile + " (pooled, not estimated)";
        for (int a = 0; a < problem.authorities().size(); a++) {
            String name = Csv.text(problem.authorities().get(a).name());
            for (String level : LocalParameter.LEVELS) {
                int j = 0;
                while (j < local.size() && !level.equals(local.get(j).level())) j++;
                if (j == local.size()) {
                    if (!level.equals(LocalParameter.KEPT)) w.write(Csv.row(name, level, Csv.number(LocalParameter.neutral(level)), Csv.text(held)));
                    continue;
                }
                LocalParameter p = local.get(j);
                String source = String.format(java.util.Locale.ROOT, "calibrated: %s (pooled, seed %d; posterior sd %.3f %s)", calibrationFile,
                        problem.spec().seed(), last.step().sd()[a][j], p.additive() ? "need-score units" : "on the log scale");
                w.write(Csv.row(name, p.name(), Csv.number(p.level(last.theta()[a][j])), Csv.text(source)));
            }
        }
    }

    /**
     * {@code indicator,extra_sd,source}: at the estimate, each indicator's extra sd on the log scale (what
     * neither counting noise nor the authorities' levels explain), which {@code fit --discrepancy} adds to a
     * per-authority interval so that it says how far an authority's figure may lie from the model.
     */
    public static void discrepancy(Writer w, PooledProblem problem, PooledCalibration.Iteration estimate, String calibrationFile) throws IOException {
        w.write(Csv.row("indicator", "extra_sd", "source"));
        for (int g = 0; g < problem.groups().size(); g++) {
            w.write(Csv.row(problem.groups().get(g), Csv.number(Math.sqrt(estimate.step().extraVariance()[g])),
                    Csv.text("calibrated: " + calibrationFile + " (pooled, seed " + problem.spec().seed() + "; the extra sd at the estimate)")));
        }
    }

    /**
     * {@code authority,children,figures,<name>,<name>_sd,...}: each authority's estimate of every local
     * parameter (a multiplier, or the shift), the posterior standard deviation on the estimation scale (the
     * log of a multiplier), and how many observed figures it had: the few an authority with suppressed
     * cells has are why its estimate sits near England's.
     */
    public static void posterior(Writer w, PooledProblem problem, PooledCalibration.Iteration last) throws IOException {
        List<String> header = new ArrayList<>(List.of("authority", "children", "figures"));
        for (LocalParameter p : problem.spec().local()) {
            header.add(p.name());
            header.add(p.name() + "_sd");
        }
        w.write(Csv.row(header.toArray(String[]::new)));
        for (int a = 0; a < problem.authorities().size(); a++) {
            PooledProblem.Authority authority = problem.authorities().get(a);
            int figures = 0;
            for (double o : authority.observed()) if (!Double.isNaN(o)) figures++;
            List<String> f = new ArrayList<>(List.of(Csv.text(authority.name()), Integer.toString(authority.children()), Integer.toString(figures)));
            for (int j = 0; j < problem.dimensions(); j++) {
                f.add(Csv.number(problem.spec().local().get(j).level(last.theta()[a][j])));
                f.add(Csv.number(last.step().sd()[a][j]));
            }
            w.write(Csv.row(f.toArray(String[]::new)));
        }
    }

    /** {@code authority,indicator,year,observed,sim_mean,rel_error}: every authority's observed figure beside its simulated mean at the estimate. */
    public static void fit(Writer w, PooledProblem problem, PooledCalibration.Iteration last) throws IOException {
        w.write(Csv.row("authority", "indicator", "year", "observed", "sim_mean", "rel_error"));
        for (int a = 0; a < problem.authorities().size(); a++) {
            PooledProblem.Authority authority = problem.authorities().get(a);
            for (int t = 0; t < problem.keys().size(); t++) {
                double o = authority.observed()[t];
                if (Double.isNaN(o)) continue;
                double m = last.simulated()[a][t];
                PooledProblem.Key k = problem.keys().get(t);
                w.write(Csv.row(Csv.text(authority.name()), k.indicator(), k.year(), Csv.number(o), Csv.number(m), Csv.number(o == 0 ? Double.NaN : (m - o) / o)));
            }
        }
    }

    /**
     * Per iteration: the objective (the estimate is the iterate of least objective), the median absolute error over all figures and per indicator; per local parameter the
     * hierarchy's mean and between-authority sd (log scale) and the national offset (child-weighted mean of
     * the modes); per indicator its extra sd; and the largest move the step makes.
     */
    public static void diagnostics(Writer w, PooledProblem problem, PooledCalibration.Result result) throws IOException {
        List<PooledCalibration.Iteration> iterations = result.iterations();
        List<String> header = new ArrayList<>(List.of("iteration", "objective", "estimate", "median_abs_error"));
        for (String g : problem.groups()) header.add(g + "_median_abs_error");
        for (LocalParameter p : problem.spec().local()) {
            header.add(p.name() + "_mean");
            header.add(p.name() + "_sd_between");
            header.add(p.name() + "_national_offset");
        }
        for (String g : problem.groups()) header.add(g + "_extra_sd");
        header.add("max_move");
        w.write(Csv.row(header.toArray(String[]::new)));
        for (PooledCalibration.Iteration it : iterations) {
            List<String> f = new ArrayList<>(List.of(Integer.toString(it.index()), Csv.number(result.objectives()[it.index()]),
                    it == result.estimate() ? "yes" : "no", Csv.number(PooledCalibration.medianAbsoluteError(problem, it.simulated(), List.of()))));
            for (String g : problem.groups()) f.add(Csv.number(PooledCalibration.medianAbsoluteError(problem, it.simulated(), List.of(g))));
            for (int j = 0; j < problem.dimensions(); j++) {
                f.add(Csv.number(it.step().mu()[j]));
                f.add(Csv.number(Math.sqrt(it.step().sigma()[j][j])));
                f.add(Csv.number(it.step().nationalOffset()[j]));
            }
            for (double s2 : it.step().extraVariance()) f.add(Csv.number(Math.sqrt(s2)));
            f.add(Csv.number(it.maxMove()));
            w.write(Csv.row(f.toArray(String[]::new)));
        }
    }

    /** {@code indicator,year,<name>,...}: the elasticities (d log figure / d log multiplier), probed at iteration 0. */
    public static void elasticities(Writer w, PooledProblem problem, PooledCalibration.Iteration last) throws IOException {
        List<String> header = new ArrayList<>(List.of("indicator", "year"));
        for (LocalParameter p : problem.spec().local()) header.add(p.name());
        w.write(Csv.row(header.toArray(String[]::new)));
        for (int t = 0; t < problem.keys().size(); t++) {
            List<String> f = new ArrayList<>(List.of(problem.keys().get(t).indicator(), problem.keys().get(t).year()));
            for (double e : last.jacobian()[t]) f.add(Csv.number(e));
            w.write(Csv.row(f.toArray(String[]::new)));
        }
    }
}
