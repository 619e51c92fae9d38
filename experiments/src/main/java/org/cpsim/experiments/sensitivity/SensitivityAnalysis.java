package org.cpsim.experiments.sensitivity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.runner.RunRecord;
import org.cpsim.experiments.sweep.DesignPoint;
import org.cpsim.experiments.sweep.DesignRandom;
import org.cpsim.experiments.sweep.Parameter;
import org.cpsim.experiments.sweep.SweepPlan;
import org.cpsim.experiments.sweep.SweepSpec;

/**
 * A global sensitivity analysis of a sweep file's outcomes to its uncertainties (parameters of kind
 * uncertainty with a min and max): the design points the method needs, run like any sweep, then the
 * indices from each point's mean outcome over its replications. Levers and other parameters keep the
 * scenario's value. Common random numbers across points (every point runs the same seeds) make the
 * differences the indices are built from far less noisy than independent runs would.
 */
public final class SensitivityAnalysis {
    public enum Method { MORRIS, SOBOL }

    private final Method method;
    private final List<Parameter> parameters;
    private final MorrisDesign morris;
    private final SaltelliDesign saltelli;
    private final int resamples;
    private final long seed;
    private final List<DesignPoint> points;

    private SensitivityAnalysis(Method method, List<Parameter> parameters, MorrisDesign morris, SaltelliDesign saltelli, int resamples, long seed) {
        this.method = method;
        this.parameters = List.copyOf(parameters);
        this.morris = morris;
        this.saltelli = saltelli;
        this.resamples = resamples;
        this.seed = seed;
        double[][] unit = morris != null ? morris.points() : saltelli.points();
        List<DesignPoint> out = new ArrayList<>();
        for (double[] u : unit) {
            List<String> values = new ArrayList<>();
            for (int j = 0; j < parameters.size(); j++) values.add(parameters.get(j).domain().at(u[j]));
            out.add(new DesignPoint(out.size(), values, null));
        }
        this.points = List.copyOf(out);
    }

    /** Morris trajectories on a grid of {@code levels}; the trajectories draw from their own stream of the sweep's seed. */
    public static SensitivityAnalysis morris(SweepSpec spec, int trajectories, int levels, int resamples) {
        List<Parameter> p = uncertainties(spec);
        MorrisDesign d = MorrisDesign.generate(p.size(), trajectories, levels, DesignRandom.stream(spec.seed(), "morris-trajectories"));
        return new SensitivityAnalysis(Method.MORRIS, p, d, null, resamples, spec.seed());
    }

    /** Saltelli's scheme with N = {@code samples} rows (a power of two suits the Sobol' sequence best). */
    public static SensitivityAnalysis sobol(SweepSpec spec, int samples, int resamples) {
        List<Parameter> p = uncertainties(spec);
        return new SensitivityAnalysis(Method.SOBOL, p, null, SaltelliDesign.generate(p.size(), samples), resamples, spec.seed());
    }

    public List<Parameter> parameters() { return parameters; }

    public List<DesignPoint> points() { return points; }

    /** For the sweep's identity and manifest: everything that decides the points and the indices. */
    public String design() {
        return method == Method.MORRIS
                ? "morris trajectories=" + morris.trajectories() + " levels=" + morris.levels() + " bootstrap=" + resamples
                : "sobol samples=" + saltelli.samples() + " (Saltelli 2010, Sobol' sequence) bootstrap=" + resamples;
    }

    public String methodName() { return method.name().toLowerCase(Locale.ROOT); }

    /** Every index for every outcome and parameter, ranked per outcome and index. */
    public List<SensitivityIndex> analyse(SweepPlan plan, List<RunRecord> records) {
        List<SensitivityIndex> out = new ArrayList<>();
        List<String> ids = plan.spec().outcomes().ids();
        for (int o = 0; o < ids.size(); o++) {
            double[] y = pointMeans(plan, records, o);
            var random = DesignRandom.stream(seed, methodName() + "-bootstrap-" + ids.get(o));
            if (method == Method.MORRIS) {
                List<MorrisIndices> m = Morris.analyse(applied(), y, resamples, random);
                out.addAll(ranked(ids.get(o), "mu_star", m, x -> x.muStar(), false));
                out.addAll(ranked(ids.get(o), "mu", m, x -> x.mu(), true));
                out.addAll(ranked(ids.get(o), "sigma", m, x -> new Interval(x.sigma(), Double.NaN, Double.NaN), false));
            } else {
                List<SobolIndices> s = Sobol.analyse(saltelli, y, resamples, random);
                out.addAll(ranked(ids.get(o), "S1", s, SobolIndices::first, false));
                out.addAll(ranked(ids.get(o), "ST", s, SobolIndices::total, false));
            }
        }
        return out;
    }

    /** The index a reader ranks parameters by: mu* (Campolongo et al. 2007) or the total index. */
    public String rankingIndex() { return method == Method.MORRIS ? "mu_star" : "ST"; }

    /**
     * The trajectories as run: each point's values as written (rounded to 8 significant digits, or
     * to whole numbers) mapped back to the unit cube, so each elementary effect divides by the step taken.
     */
    private MorrisDesign applied() {
        double[][] unit = new double[points.size()][];
        for (DesignPoint p : points) {
            double[] u = new double[parameters.size()];
            for (int j = 0; j < u.length; j++) u[j] = ((Parameter.Range) parameters.get(j).domain()).unit(Double.parseDouble(p.values().get(j)));
            unit[p.index()] = u;
        }
        return new MorrisDesign(morris.parameters(), morris.levels(), morris.trajectories(), unit, morris.moved());
    }

    /** Each point's outcome averaged over its replications (those with a value). */
    private static double[] pointMeans(SweepPlan plan, List<RunRecord> records, int outcome) {
        double[] sum = new double[plan.points().size()];
        int[] n = new int[sum.length];
        for (RunRecord r : records) {
            double v = r.outcome(outcome);
            if (Double.isNaN(v)) continue;
            sum[r.point()] += v;
            n[r.point()]++;
        }
        double[] y = new double[sum.length];
        for (int i = 0; i < y.length; i++) y[i] = n[i] == 0 ? Double.NaN : sum[i] / n[i];
        return y;
    }

    private <T> List<SensitivityIndex> ranked(String outcome, String index, List<T> results, Function<T, Interval> get, boolean byMagnitude) {
        List<Interval> values = results.stream().map(get).toList();
        ToDoubleFunction<Integer> key = i -> byMagnitude ? Math.abs(values.get(i).value()) : values.get(i).value();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) if (!Double.isNaN(values.get(i).value())) order.add(i);
        order.sort(Comparator.comparingDouble(key).reversed().thenComparing(Comparator.naturalOrder()));
        List<SensitivityIndex> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            Interval v = values.get(i);
            out.add(new SensitivityIndex(outcome, parameters.get(i).path(), methodName(), index, v.value(), v.low(), v.high(), order.indexOf(i) + 1));
        }
        return out;
    }

    /** The parameters analysed: every uncertainty, each with a range to sample. */
    private static List<Parameter> uncertainties(SweepSpec spec) {
        List<Parameter> out = spec.parameters(Parameter.Kind.UNCERTAINTY);
        if (out.isEmpty()) {
            throw new ScenarioException(new Origin(spec.file().toString(), 0),
                    "no parameter of kind uncertainty to analyse; give each uncertain value kind: uncertainty with min and max");
        }
        for (Parameter p : out) {
            if (!(p.domain() instanceof Parameter.Range)) {
                throw new ScenarioException(p.origin(), "parameters[" + spec.parameters().indexOf(p) + "]",
                        "min and max for an uncertainty (a sensitivity analysis samples ranges)", "a list of values");
            }
        }
        return out;
    }
}
