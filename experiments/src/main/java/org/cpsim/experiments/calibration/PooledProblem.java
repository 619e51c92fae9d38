package org.cpsim.experiments.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.AuthorityName;
import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.runner.OutcomePeriod;
import org.cpsim.experiments.runner.Outcomes;
import org.cpsim.model.config.AuthorityLevels;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.AuthoritySize;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;

/**
 * A pooled calibration file made runnable: the national scenario (with the file's overrides, reporting
 * through the last calibration year), every authority with its child population and its own observed
 * figures, and the local parameters with their national values.
 *
 * <p>Each authority runs as the national scenario at its own size with its multipliers applied to the
 * national values (as {@code --set} would). The figures compared are one list for all authorities
 * (indicator x year, {@link #keys}); an authority without a figure (suppressed, not returned) has NaN
 * there and is pooled on the rest. Counts are compared as rates: the simulated count scaled by the
 * authority's observed child population over the simulated children of the same year.
 *
 * @param keys        the figures compared, for every authority, in journal order
 * @param groups      the indicator ids (one extra variance each), in the file's order
 * @param authorities every authority with its figures
 * @param national    each local parameter's national value in the scenario
 * @param outcomes    what each run keeps: every key's indicator in its year, then the children of each year
 */
public record PooledProblem(CalibrationSpec spec, List<Assignment> fixed, ResolvedScenario base, List<ObservedData> data, List<Key> keys,
                            List<String> groups, List<Authority> authorities, double[] national, Outcomes outcomes, List<String> years,
                            List<String> notes) {

    public PooledProblem {
        fixed = List.copyOf(fixed);
        data = List.copyOf(data);
        keys = List.copyOf(keys);
        groups = List.copyOf(groups);
        authorities = List.copyOf(authorities);
        years = List.copyOf(years);
        notes = List.copyOf(notes);
    }

    /** A figure compared: an observed indicator in one year, read from the model's indicator. */
    public record Key(String indicator, String year, Indicator model, boolean count, int group) {
        public String label() { return indicator + " " + year; }
    }

    /**
     * One authority.
     *
     * @param children its child population as simulated (the calibration year's, else the nearest year's)
     * @param weight   its share of the authorities' children
     * @param observed per key, the observed figure, NaN where there is none
     * @param population per key, the observed child population a count is scaled to (NaN for a rate)
     * @param size     the authority as the calibration runs it: its name, children and the levels not estimated here
     *                 ({@link LocalParameter#unestimated}: England's, but for the scenario's establishment)
     */
    public record Authority(String name, int children, double weight, double[] observed, double[] population, AuthoritySize size) {}

    static final String SOURCE = ScenarioLoader.COMMAND_LINE + " (pooled calibration)";

    public static PooledProblem of(CalibrationSpec spec) {
        List<String> notes = new ArrayList<>();
        ResolvedScenario loaded = ScenarioLoader.load(spec.scenario(), spec.overrides());
        List<AuthoritySize> inScenario = loaded.scenario().initial().authorities();
        List<Assignment> fixed = new ArrayList<>(spec.overrides());
        int reportingYears = Fit.yearsThrough(loaded.scenario(), spec.lastYear());
        if (reportingYears < 1) {
            throw new ScenarioException(spec.methodOrigin(), "years.to", "a year the scenario reports (from " + Fit.firstYear(loaded.scenario()) + ")", spec.lastYear());
        }
        fixed.add(new Assignment("calendar.reportingYears", Integer.toString(reportingYears), SOURCE + ": through " + spec.lastYear()));
        ResolvedScenario base = ScenarioLoader.load(spec.scenario(), fixed);
        String firstYear = Fit.firstYear(base.scenario());

        double[] national = new double[spec.local().size()];
        for (int j = 0; j < national.length; j++) national[j] = spec.local().get(j).path() == null ? Double.NaN : nationalValue(base, spec.local().get(j));

        List<ObservedData> data = new ArrayList<>();
        for (var p : spec.observed()) data.add(ObservedData.read(p));

        List<AuthoritySize> sizes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (inScenario.isEmpty()) {
            // A single-authority scenario: each authority is it at the authority's own size, at England's levels.
            for (String name : spec.authorities()) {
                names.add(name);
                sizes.add(new AuthoritySize(name, children(data, name, spec.lastYear())));
            }
        } else {
            // A multi-authority scenario: its authorities (names, children, establishment), those listed; every other
            // level starts at England's, so what an earlier calibration wrote into the scenario does not count.
            java.util.Set<String> wanted = new java.util.HashSet<>();
            for (String name : spec.authorities()) wanted.add(AuthorityName.key(name));
            java.util.Set<String> have = new java.util.HashSet<>();
            for (AuthoritySize s : inScenario) {
                have.add(AuthorityName.key(s.name()));
                if (!wanted.contains(AuthorityName.key(s.name()))) {
                    notes.add("note: " + s.name() + " of the scenario has no child population in the observed files (or is not listed): not calibrated");
                    continue;
                }
                names.add(s.name());
                sizes.add(new AuthoritySize(s.name(), s.children(), LocalParameter.unestimated(s.levels())));
            }
            for (String name : spec.authorities()) {
                if (!have.contains(AuthorityName.key(name))) notes.add("note: " + name + " of the observed files is not an authority of the scenario: not calibrated");
            }
        }
        if (names.isEmpty()) throw new ScenarioException(spec.methodOrigin(), "authorities", "authorities both the scenario and the observed files name", "none");

        // One key list for all: every (indicator, year) that some authority has.
        List<String> groups = new ArrayList<>(spec.weights().keySet());
        Map<String, Key> keyed = new java.util.TreeMap<>();
        List<Map<String, Target>> perAuthority = new ArrayList<>();
        for (String name : names) {
            ObservedTargets matched = ObservedTargets.match(data, firstYear, spec.lastYear(), name);
            Map<String, Target> mine = new LinkedHashMap<>();
            for (Target t : matched.targets()) {
                if (!spec.weights().containsKey(t.indicator()) || t.year().compareTo(spec.firstYear()) < 0) continue;
                mine.put(t.label(), t);
                keyed.putIfAbsent(groups.indexOf(t.indicator()) + "|" + t.year() + "|" + t.indicator(),
                        new Key(t.indicator(), t.year(), t.model(), t.isCount(), groups.indexOf(t.indicator())));
            }
            perAuthority.add(mine);
        }
        List<Key> keys = new ArrayList<>(keyed.values());
        for (String id : groups) {
            if (keys.stream().noneMatch(k -> k.indicator().equals(id))) {
                throw new ScenarioException(spec.weightOrigins().get(id), "indicators." + id,
                        "an indicator the observed files hold for these authorities between " + spec.firstYear() + " and " + spec.lastYear() + " that the model simulates", id);
            }
        }

        List<Authority> authorities = new ArrayList<>();
        double total = 0;
        int[] children = new int[names.size()];
        for (int a = 0; a < children.length; a++) {
            children[a] = sizes.get(a).children();
            total += children[a];
        }
        for (int a = 0; a < children.length; a++) {
            double[] observed = new double[keys.size()], population = new double[keys.size()];
            int have = 0;
            for (int t = 0; t < keys.size(); t++) {
                Target target = perAuthority.get(a).get(keys.get(t).label());
                observed[t] = target == null ? Double.NaN : target.observed();
                population[t] = target == null ? Double.NaN : target.nationalChildren();
                if (target != null) have++;
            }
            if (have < keys.size()) notes.add("note: " + names.get(a) + " has " + have + " of the " + keys.size() + " figures; pooled on those");
            authorities.add(new Authority(names.get(a), children[a], children[a] / total, observed, population, sizes.get(a)));
        }

        List<String> years = keys.stream().map(Key::year).distinct().sorted().toList();
        List<Indicator> indicators = new ArrayList<>();
        List<OutcomePeriod> periods = new ArrayList<>();
        for (Key k : keys) {
            indicators.add(k.model());
            periods.add(new OutcomePeriod.Year(k.year()));
        }
        for (String y : years) {
            indicators.add(Indicator.CHILDREN);
            periods.add(new OutcomePeriod.Year(y));
        }
        PooledProblem problem = new PooledProblem(spec, fixed, base, data, keys, groups, authorities, national, new Outcomes(indicators, periods), years, notes);
        // Every local parameter must take its bounds: load the first authority at both ends, errors pointing at the parameter.
        double[] low = new double[national.length], high = new double[national.length];
        for (int j = 0; j < national.length; j++) {
            low[j] = spec.local().get(j).scaleLow();
            high[j] = spec.local().get(j).scaleHigh();
        }
        problem.scenario(0, low);
        problem.scenario(0, high);
        return problem;
    }

    public int dimensions() { return national.length; }

    /**
     * Authority a's scenario at theta: the national scenario (a path parameter's value national x exp(theta_j),
     * as {@code --set} would set it) run as the authority, at its size and with its levels (a level
     * parameter's at exp(theta_j), or theta_j for the shift), exactly as a multi-authority run runs it
     * ({@code ScenarioConfig.forAuthority} on the configuration in force at every date).
     */
    public Scenario scenario(int a, double[] theta) {
        Authority authority = authorities.get(a);
        Scenario england = base.scenario();
        List<Assignment> all = new ArrayList<>(fixed);
        AuthorityLevels levels = authority.size().levels();
        for (int j = 0; j < theta.length; j++) {
            LocalParameter p = spec.local().get(j);
            if (p.path() != null) {
                all.add(new Assignment(p.path(), Double.toString(national[j] * Math.exp(theta[j])), SOURCE + ": " + authority.name() + "'s " + p.name(), p.origin()));
            } else {
                levels = p.applyTo(levels, theta[j]);
            }
        }
        try {
            if (all.size() > fixed.size()) england = ScenarioLoader.load(spec.scenario(), all).scenario();
            AuthoritySize size = new AuthoritySize(authority.name(), simulatedChildren(a), levels);
            return asSingleAuthority(england, size);
        } catch (ScenarioException e) {
            throw e.within("pooled calibration, " + authority.name());
        } catch (org.cpsim.model.config.ConfigException e) {
            throw new ScenarioException(spec.methodOrigin(), "local", "levels the model accepts", authority.name() + ": " + e.getMessage());
        }
    }

    /**
     * The scenario as one authority runs it, alone: every configuration localised as on its date, and, where the
     * authority's levels change on a date of their own, a change on that date (the configuration then in force).
     */
    static Scenario asSingleAuthority(Scenario england, AuthoritySize size) {
        java.time.LocalDate start = england.initial().calendar().simulationStart();
        List<Scenario.PolicyChange> changes = new ArrayList<>();
        AuthorityLevels levels = size.levels();
        boolean placed = !levels.changes();
        ScenarioConfig inForce = england.initial();
        for (Scenario.PolicyChange c : england.timeline()) {
            if (!placed && levels.changeFrom().isBefore(c.effective())) {
                if (levels.changeFrom().isAfter(start)) changes.add(new Scenario.PolicyChange(levels.changeFrom(), size.name() + "'s own levels change", inForce.forAuthority(size, levels.changeFrom())));
                placed = true;
            }
            changes.add(new Scenario.PolicyChange(c.effective(), c.description(), c.config().forAuthority(size, c.effective())));
            inForce = c.config();
        }
        if (!placed && levels.changeFrom().isAfter(start)) changes.add(new Scenario.PolicyChange(levels.changeFrom(), size.name() + "'s own levels change", inForce.forAuthority(size, levels.changeFrom())));
        return new Scenario(england.initial().forAuthority(size, start), changes);
    }

    /** The children authority a is simulated with: its share of its children, but at least minChildren (or all its own). */
    public int simulatedChildren(int a) {
        Method.Pooled m = (Method.Pooled) spec.method();
        int own = authorities.get(a).children();
        return Math.max((int) Math.round(m.populationShare() * own), Math.min(own, m.minChildren()));
    }

    /**
     * Authority a's figures in one run, from the run's outcomes: a count scaled to the authority's observed
     * child population (as a rate), a rate as it is; NaN where the authority has no observed figure.
     */
    public double[] figures(int a, double[] outcomes) {
        Authority authority = authorities.get(a);
        double[] out = new double[keys.size()];
        for (int t = 0; t < out.length; t++) {
            Key k = keys.get(t);
            if (Double.isNaN(authority.observed()[t])) {
                out[t] = Double.NaN;
                continue;
            }
            double v = outcomes[t];
            if (k.count()) {
                double simulatedChildren = outcomes[keys.size() + years.indexOf(k.year())];
                v = simulatedChildren > 0 ? v * authority.population()[t] / simulatedChildren : Double.NaN;
            }
            out[t] = v;
        }
        return out;
    }

    private static double nationalValue(ResolvedScenario base, LocalParameter p) {
        for (ResolvedValue v : base.values()) {
            if (!v.path().equals(p.path())) continue;
            try {
                double x = Double.parseDouble(v.value());
                if (!(x > 0)) throw new ScenarioException(p.origin(), p.path(), "a scenario value above 0 (a multiplier of 0 stays 0)", v.value());
                return x;
            } catch (NumberFormatException e) {
                throw new ScenarioException(p.origin(), p.path(), "a numeric scenario value", v.value());
            }
        }
        throw new ScenarioException(p.origin(), p.path(), "the path of a single value in the scenario (cpsim validate lists them)", p.path());
    }

    /** The authority's observed child population in the year, else in the nearest year (the earlier on a tie). */
    private static int children(List<ObservedData> data, String name, String year) {
        String key = AuthorityName.key(name);
        Map<String, Double> byYear = new java.util.TreeMap<>();
        for (ObservedData d : data) {
            for (ObservedData.Observation o : d.observations()) {
                if (o.indicator().equals(ObservedTargets.CHILD_POPULATION) && AuthorityName.key(o.authority()).equals(key)) byYear.putIfAbsent(o.year(), o.value());
            }
        }
        if (byYear.isEmpty()) throw new IllegalStateException("no child population for " + name);
        int y = Integer.parseInt(year.substring(0, 4));
        String best = null;
        for (String k : byYear.keySet()) {
            int d = Math.abs(Integer.parseInt(k.substring(0, 4)) - y);
            if (best == null || d < Math.abs(Integer.parseInt(best.substring(0, 4)) - y)) best = k;
        }
        return (int) Math.round(byYear.get(best));
    }
}
