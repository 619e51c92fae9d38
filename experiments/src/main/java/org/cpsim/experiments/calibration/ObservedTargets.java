package org.cpsim.experiments.calibration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpsim.experiments.io.AuthorityName;
import org.cpsim.experiments.io.ObservedData;
import org.cpsim.model.metrics.Indicator;

/**
 * Which observed figures the model can be compared with, and how. Observed ids are matched to the
 * model's indicator ids (which follow the national statistics), with these rules:
 * <ul>
 *   <li>a rate, share, mean or duration (unit in percent, "per ...", days, hours) is compared as it is;</li>
 *   <li>a count (children, referrals, plans, FTE, ...) is a national count, while the model simulates one
 *       authority: the simulated count is scaled by the observed {@value #CHILD_POPULATION} over the simulated
 *       children, i.e. compared as a rate (the same year's population, else the nearest year's);</li>
 *   <li>a few ids stand for a model indicator of another name ({@link #ALIASES});</li>
 *   <li>everything else is {@link Unmatched}, with the reason: unknown ids, authority-level rows, years the
 *       scenario does not simulate, the population used as denominator.</li>
 * </ul>
 */
public record ObservedTargets(List<Target> targets, List<Unmatched> unmatched) {

    /** The observed child population (0-17) that national counts are scaled to. */
    public static final String CHILD_POPULATION = "child_population_0_17";

    /** An observed id measured by a model indicator of another id. */
    record Alias(Indicator model, String why) {}

    static final Map<String, Alias> ALIASES = Map.of(
            "sw_turnover_rate_pct", new Alias(Indicator.SW_TURNOVER_RATE_FTE_PCT,
                    "headcount turnover, published for years with no FTE rate (2017-18: 13.7% headcount, 13.4% FTE)"));

    private static final Set<String> DURATION_UNITS = Set.of("days", "working days", "hours", "stress units");

    public ObservedTargets {
        targets = List.copyOf(targets);
        unmatched = List.copyOf(unmatched);
    }

    /**
     * @param firstYear the first statistical year the scenario reports ({@code 2009-10})
     * @param lastYear  the last one it reports, or null for no limit (the fit extends the run to cover them)
     */
    public static ObservedTargets match(List<ObservedData> files, String firstYear, String lastYear) {
        return match(files, firstYear, lastYear, null);
    }

    /**
     * As {@link #match(List, String, String)}, but with {@code authority} (a name, matched as
     * {@link AuthorityName#key} does) the figures compared are that authority's rows, its counts scaled
     * by its own {@value #CHILD_POPULATION}, and national rows are the ones reported as not compared.
     */
    public static ObservedTargets match(List<ObservedData> files, String firstYear, String lastYear, String authority) {
        String wanted = authority == null ? "" : AuthorityName.key(authority);
        Map<String, List<ObservedData.Observation>> byId = new LinkedHashMap<>();
        Map<String, String> fileOf = new LinkedHashMap<>();
        for (ObservedData f : files) {
            for (ObservedData.Observation o : f.observations()) {
                byId.computeIfAbsent(o.indicator(), k -> new ArrayList<>()).add(o);
                fileOf.putIfAbsent(o.indicator(), f.file().toString());
            }
        }
        Map<String, Double> population = populations(files, wanted);
        List<Target> targets = new ArrayList<>();
        List<Unmatched> unmatched = new ArrayList<>();
        List<ObservedData.Observation> others = new ArrayList<>();
        for (var e : byId.entrySet()) {
            String id = e.getKey();
            List<ObservedData.Observation> rows = new ArrayList<>(e.getValue());
            rows.sort(Comparator.comparing(ObservedData.Observation::year));
            // "national" below: the rows compared, England's or (with an authority) that authority's.
            List<ObservedData.Observation> national = rows.stream().filter(o -> AuthorityName.key(o.authority()).equals(wanted)).toList();
            List<ObservedData.Observation> local = rows.stream().filter(o -> !AuthorityName.key(o.authority()).equals(wanted)).toList();
            if (!local.isEmpty() && wanted.isEmpty()) {
                unmatched.add(new Unmatched(id, years(local), "figures for single authorities: the fit compares the scenario with national figures (--authority NAME compares one authority's)"));
            }
            others.addAll(local);
            if (national.isEmpty()) continue;
            if (id.equals(CHILD_POPULATION)) {
                unmatched.add(new Unmatched(id, years(national), "the child population that national counts are scaled to, not compared itself"));
                continue;
            }
            Alias alias = ALIASES.get(id);
            Indicator model = alias != null ? alias.model() : Indicator.byId(id);
            if (model == null) {
                unmatched.add(new Unmatched(id, years(national), "no model indicator with this id (cpsim metrics lists them)"));
                continue;
            }
            boolean count = isCount(model);
            if (count && population.isEmpty()) {
                unmatched.add(new Unmatched(id, years(national), "a national count, and no observed file gives " + CHILD_POPULATION + " to scale the simulated authority to"));
                continue;
            }
            List<ObservedData.Observation> before = new ArrayList<>(), after = new ArrayList<>(), repeated = new ArrayList<>();
            Set<String> seen = new java.util.HashSet<>();
            for (ObservedData.Observation o : national) {
                if (o.year().compareTo(firstYear) < 0) before.add(o);
                else if (lastYear != null && o.year().compareTo(lastYear) > 0) after.add(o);
                else if (!seen.add(o.year())) repeated.add(o);
                else targets.add(new Target(id, o.year(), o.value(), model, count ? nearest(population, o.year()) : Double.NaN, fileOf.get(id), o.line()));
            }
            if (!before.isEmpty()) unmatched.add(new Unmatched(id, years(before), "before the scenario's first reported year " + firstYear));
            if (!after.isEmpty()) unmatched.add(new Unmatched(id, years(after), "after the last year compared, " + lastYear));
            if (!repeated.isEmpty()) unmatched.add(new Unmatched(id, years(repeated), "given twice for the same year: the first is used"));
        }
        if (!wanted.isEmpty() && !others.isEmpty()) {
            // One line, not one per indicator: a file of many authorities would otherwise bury the rest.
            unmatched.add(new Unmatched("(rows of England or other authorities)", years(others),
                    others.size() + " figures: this fit compares " + authority + "'s"));
        }
        return new ObservedTargets(targets, unmatched);
    }

    /** Whether the model's indicator is a count (scaled as a national count) rather than a rate, share, mean or duration. */
    static boolean isCount(Indicator i) {
        String unit = i.unit();
        return !(unit.startsWith("percent") || unit.contains("per ") || DURATION_UNITS.contains(unit));
    }

    /** How an observed id is read from the model, for the manifest: direct, a national count, or an alias. */
    public static String howCompared(Target t) {
        Alias alias = ALIASES.get(t.indicator());
        String base = t.isCount() ? "national count: simulated " + t.model().id() + " x " + CHILD_POPULATION + " / simulated children"
                : "as it is: " + t.model().id();
        return alias != null ? base + " (" + alias.why() + ")" : base;
    }

    /** The last statistical year of any target, or null if there are none. */
    public String lastYear() {
        return targets.stream().map(Target::year).max(String::compareTo).orElse(null);
    }

    private static Map<String, Double> populations(List<ObservedData> files, String authorityKey) {
        Map<String, Double> byYear = new java.util.TreeMap<>();
        for (ObservedData f : files) {
            for (ObservedData.Observation o : f.observations()) {
                if (o.indicator().equals(CHILD_POPULATION) && AuthorityName.key(o.authority()).equals(authorityKey)) byYear.putIfAbsent(o.year(), o.value());
            }
        }
        return byYear;
    }

    /** The population in the year, else in the nearest year with one (the earlier on a tie). */
    private static double nearest(Map<String, Double> population, String year) {
        Double same = population.get(year);
        if (same != null) return same;
        int y = Integer.parseInt(year.substring(0, 4));
        String best = null;
        for (String k : population.keySet()) {
            int d = Math.abs(Integer.parseInt(k.substring(0, 4)) - y);
            if (best == null || d < Math.abs(Integer.parseInt(best.substring(0, 4)) - y)) best = k;
        }
        return population.get(best);
    }

    private static List<String> years(List<ObservedData.Observation> rows) {
        return rows.stream().map(ObservedData.Observation::year).distinct().sorted().toList();
    }
}
