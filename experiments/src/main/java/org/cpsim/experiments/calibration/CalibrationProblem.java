package org.cpsim.experiments.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.ResolvedPolicyChange;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.model.config.Scenario;

/**
 * A calibration file made runnable: the base scenario (with the file's overrides, reporting through
 * the last calibration year), the observed figures it is compared with, and the distance.
 *
 * <p><b>Distance.</b> For each indicator i (weight w_i) with n_i figures in the calibration years, the
 * mean absolute relative error of the simulated mean (over replications) against the observed value;
 * then the weighted mean over indicators: d = sum_i w_i (1/n_i) sum_y |m_iy - o_iy| / |o_iy| / sum_i w_i.
 * So d = 0.05 reads "5% off on average", an indicator weighs the same however many years it has, and
 * a figure the model cannot produce (no value in any replication) counts as 100% off, like a zero.
 *
 * @param fixed         what every evaluation sets: the file's overrides and the horizon
 * @param targets       the figures compared, in the order of their columns in the journal
 * @param targetWeights each target's share of the distance (summing to 1)
 * @param start         each parameter's value in the scenario, on the unit interval (clamped to the prior's bounds)
 */
public record CalibrationProblem(CalibrationSpec spec, List<Assignment> fixed, ResolvedScenario base, List<ObservedData> data,
                                 ObservedTargets matched, List<Target> targets, double[] targetWeights, double[] start, List<String> notes) {

    public CalibrationProblem {
        fixed = List.copyOf(fixed);
        data = List.copyOf(data);
        targets = List.copyOf(targets);
        notes = List.copyOf(notes);
    }

    /** Where a candidate's value comes from, in the resolved scenario of each evaluation. */
    static final String CANDIDATE_SOURCE = ScenarioLoader.COMMAND_LINE + " (calibration candidate)";

    public static CalibrationProblem of(CalibrationSpec spec) {
        List<String> notes = new ArrayList<>();
        ResolvedScenario loaded = ScenarioLoader.load(spec.scenario(), spec.overrides());
        List<Assignment> fixed = fixedAssignments(spec, loaded.scenario());
        ResolvedScenario base = ScenarioLoader.load(spec.scenario(), fixed);

        List<ObservedData> data = new ArrayList<>();
        for (var p : spec.observed()) data.add(ObservedData.read(p));
        ObservedTargets matched = ObservedTargets.match(data, Fit.firstYear(base.scenario()), spec.lastYear(), spec.authority());
        List<Target> targets = new ArrayList<>();
        Map<String, Integer> perIndicator = new LinkedHashMap<>();
        for (Target t : matched.targets()) {
            if (!spec.weights().containsKey(t.indicator()) || t.year().compareTo(spec.firstYear()) < 0) continue;
            if (t.observed() == 0) {
                notes.add("note: " + t.label() + " is 0, so has no relative error: left out of the distance");
                continue;
            }
            targets.add(t);
            perIndicator.merge(t.indicator(), 1, Integer::sum);
        }
        for (String id : spec.weights().keySet()) {
            if (perIndicator.containsKey(id)) continue;
            String why = matched.unmatched().stream().filter(u -> u.indicator().equals(id)).map(Unmatched::reason).findFirst()
                    .orElse("no figures for it in the observed files");
            throw new ScenarioException(spec.weightOrigins().get(id), "indicators." + id,
                    "an indicator the observed files hold between " + spec.firstYear() + " and " + spec.lastYear() + " that the model simulates", id + " (" + why + ")");
        }
        double total = spec.weights().values().stream().mapToDouble(Double::doubleValue).sum();
        double[] weights = new double[targets.size()];
        for (int k = 0; k < weights.length; k++) {
            String id = targets.get(k).indicator();
            weights[k] = spec.weights().get(id) / total / perIndicator.get(id);
        }

        double[] start = new double[spec.parameters().size()];
        for (int j = 0; j < start.length; j++) {
            CalibratedParameter p = spec.parameters().get(j);
            start[j] = startOf(base, p, notes);
            for (ResolvedPolicyChange c : base.timeline()) {
                for (ResolvedValue v : c.changes()) {
                    if (v.path().equals(p.path())) {
                        notes.add("note: " + p.path() + " is also set by the scenario's timeline on " + c.date() + " (" + c.origin()
                                + "); its dated values move in proportion to the calibrated value");
                    }
                }
            }
        }
        CalibrationProblem problem = new CalibrationProblem(spec, fixed, base, data, matched, targets, weights, start, notes);
        // Every parameter must take values in its bounds: load once at the middle of the priors, errors pointing at the parameter.
        double[] middle = new double[start.length];
        java.util.Arrays.fill(middle, 0.5);
        problem.scenario(middle);
        return problem;
    }

    /** The overrides and the horizon: everything every evaluation shares. */
    private static List<Assignment> fixedAssignments(CalibrationSpec spec, Scenario loaded) {
        List<Assignment> fixed = new ArrayList<>(spec.overrides());
        int years = Fit.yearsThrough(loaded, spec.lastYear());
        if (years < 1) {
            throw new ScenarioException(spec.weightOrigins().values().iterator().next(), "years.to",
                    "a year the scenario reports (from " + Fit.firstYear(loaded) + ")", spec.lastYear());
        }
        // Simulate exactly the calibration years: later years cannot change earlier ones, and cost time.
        fixed.add(new Assignment("calendar.reportingYears", Integer.toString(years),
                ScenarioLoader.COMMAND_LINE + " (calibration: through " + spec.lastYear() + ")"));
        return fixed;
    }

    private static double startOf(ResolvedScenario base, CalibratedParameter p, List<String> notes) {
        for (ResolvedValue v : base.values()) {
            if (!v.path().equals(p.path())) continue;
            double x;
            try {
                x = Double.parseDouble(v.value());
            } catch (NumberFormatException e) {
                throw new ScenarioException(p.origin(), p.path(), "a numeric scenario value", v.value());
            }
            double u = p.prior().unit(x);
            if (u < 0 || u > 1 || Double.isNaN(u)) {
                notes.add("note: the scenario's " + p.path() + " = " + v.value() + " lies outside the prior [" + p.prior().low() + ", " + p.prior().high() + "]");
                u = Double.isNaN(u) ? 0.5 : Math.max(0, Math.min(1, u));
            }
            return u;
        }
        throw new ScenarioException(p.origin(), p.path(), "the path of a single value in the scenario (cpsim validate lists them)", p.path());
    }

    public int dimensions() { return spec.parameters().size(); }

    /** The parameters' values at a point of the unit cube. */
    public double[] values(double[] unit) {
        double[] x = new double[unit.length];
        for (int j = 0; j < x.length; j++) x[j] = spec.parameters().get(j).prior().value(unit[j]);
        return x;
    }

    /** The scenario at a point of the unit cube: the base with each parameter's value, exactly as Java prints it. */
    public Scenario scenario(double[] unit) {
        List<Assignment> all = new ArrayList<>(fixed);
        double[] x = values(unit);
        for (int j = 0; j < x.length; j++) {
            CalibratedParameter p = spec.parameters().get(j);
            all.add(new Assignment(p.path(), Double.toString(x[j]), CANDIDATE_SOURCE, p.origin()));
        }
        try {
            return ScenarioLoader.load(spec.scenario(), all).scenario();
        } catch (ScenarioException e) {
            throw e.within("calibration candidate " + describe(x));
        }
    }

    /** The distance of simulated means (one per target) from the observed figures; see the class comment. */
    public double distance(double[] simulatedMeans) {
        double d = 0;
        for (int k = 0; k < targets.size(); k++) {
            double m = simulatedMeans[k], o = targets.get(k).observed();
            double error = Double.isNaN(m) ? 1 : Math.abs(m - o) / Math.abs(o);
            d += targetWeights[k] * error;
        }
        return d;
    }

    String describe(double[] x) {
        StringBuilder b = new StringBuilder();
        for (int j = 0; j < x.length; j++) {
            if (j > 0) b.append(", ");
            b.append(spec.parameters().get(j).path()).append('=').append(String.format(Locale.ROOT, "%.6g", x[j]));
        }
        return b.toString();
    }
}
