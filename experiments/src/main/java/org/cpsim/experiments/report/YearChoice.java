package org.cpsim.experiments.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The statistical year a comparison reports when none is asked for: the <em>last year in which the
 * options' policies differ for the whole year</em>. The last year the scenarios report was the old default,
 * and it misleads whenever the options converge: the 2011 local-framework trial against the baseline is
 * identical from April 2013, when the national change made both the same, so 2018-19 showed only noise.
 * The last whole year of difference shows the effect at its most developed (effects accumulate) while
 * the policies still differ; when they differ to the end it is the last reported year, as before.
 * {@code compare}, {@code chart} and {@code brief} use the same rule and say which year and why.
 *
 * <p>Policies are compared by their resolved values (labels such as name and description aside), as
 * the manifest records them, so a results folder gives the same choice as the run that wrote it.
 */
public final class YearChoice {
    /** Paths that name a scenario and change nothing the model does. */
    private static final Set<String> LABELS = Set.of("name", "description");

    /** One scenario's policy: every value at the start, then the values each dated change sets. */
    public record Policy(String name, Map<String, String> initial, List<Dated> changes) {
        public Policy {
            initial = Map.copyOf(initial);
            changes = List.copyOf(changes);
        }
    }

    public record Dated(LocalDate date, Map<String, String> values) {
        public Dated {
            values = Map.copyOf(values);
        }
    }

    /** The year and a sentence saying why it was chosen. */
    public record Choice(String year, String why) {}

    private YearChoice() {}

    /** A scenario's policy as loaded: the same values its manifest records. */
    public static Policy of(org.cpsim.experiments.io.ResolvedScenario s) {
        Map<String, String> initial = new LinkedHashMap<>();
        for (var v : s.values()) initial.put(v.path(), v.value());
        List<Dated> changes = new ArrayList<>();
        for (var c : s.timeline()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (var v : c.changes()) values.put(v.path(), v.value());
            changes.add(new Dated(c.date(), values));
        }
        return new Policy(s.name(), initial, changes);
    }

    /** The statistical years the scenarios report ({@code 2009-10}, ...), from the first scenario's calendar. */
    public static List<String> years(List<org.cpsim.experiments.io.ResolvedScenario> scenarios) {
        var k = scenarios.get(0).scenario().initial().calendar();
        List<String> years = new ArrayList<>();
        for (int y = 0; y < k.reportingYears(); y++) {
            int first = k.reportingStart().getYear() + y;
            years.add(String.format(java.util.Locale.ROOT, "%04d-%02d", first, (first + 1) % 100));
        }
        return years;
    }

    /** The default year for a comparison of these scenarios (the baseline first), with its reason. */
    public static Choice of(List<org.cpsim.experiments.io.ResolvedScenario> scenarios) {
        List<Policy> policies = new ArrayList<>();
        for (var s : scenarios) policies.add(of(s));
        return of(years(scenarios), policies);
    }

    /**
     * @param years    statistical-year labels in order ({@code 2011-12})
     * @param policies the baseline first, then the variants
     */
    public static Choice of(List<String> years, List<Policy> policies) {
        if (years.isEmpty()) throw new IllegalArgumentException("no years to choose from");
        String last = years.get(years.size() - 1);
        if (policies.size() < 2) return new Choice(last, "the last year reported");
        Policy baseline = policies.get(0);
        String chosen = null;
        for (String year : years) {
            if (!PeriodLabels.couldBeYear(year)) continue;
            if (differsThroughout(baseline, policies.subList(1, policies.size()), year)) chosen = year;
        }
        if (chosen == null) {
            return new Choice(last, "the last year reported: no variant's policy differs from " + baseline.name() + "'s for a whole year");
        }
        if (chosen.equals(last)) {
            return new Choice(last, "the last year reported; the options' policies still differ then");
        }
        return new Choice(chosen, "the last whole year the options' policies differ; from "
                + firstSame(baseline, policies.subList(1, policies.size()), next(chosen)) + " they are the same");
    }

    /** The year's start and every change of any option's policy within the year, in order. */
    private static Set<LocalDate> moments(Policy baseline, List<Policy> variants, String year) {
        LocalDate from = start(year), to = from.plusYears(1);
        Set<LocalDate> moments = new TreeSet<>();
        moments.add(from);
        for (Policy p : concat(baseline, variants)) {
            for (Dated d : p.changes()) if (d.date().isAfter(from) && d.date().isBefore(to)) moments.add(d.date());
        }
        return moments;
    }

    /** Throughout the year: at its start and after every change within it, some variant's values differ from the baseline's. */
    private static boolean differsThroughout(Policy baseline, List<Policy> variants, String year) {
        Set<LocalDate> moments = moments(baseline, variants, year);
        for (LocalDate at : moments) {
            Map<String, String> b = inForce(baseline, at);
            boolean any = false;
            for (Policy v : variants) any |= !inForce(v, at).equals(b);
            if (!any) return false;
        }
        return true;
    }

    /** The first moment of a year (its start, or a change within it) from which every variant's values are the baseline's. */
    private static LocalDate firstSame(Policy baseline, List<Policy> variants, String year) {
        Set<LocalDate> moments = moments(baseline, variants, year);
        for (LocalDate at : moments) {
            boolean same = true;
            for (Policy v : variants) same &= inForce(v, at).equals(inForce(baseline, at));
            if (same) return at;
        }
        return start(year);
    }

    private static Map<String, String> inForce(Policy p, LocalDate at) {
        Map<String, String> values = new LinkedHashMap<>(p.initial());
        for (Dated d : p.changes()) if (!d.date().isAfter(at)) values.putAll(d.values());
        LABELS.forEach(values::remove);
        return values;
    }

    private static List<Policy> concat(Policy first, List<Policy> rest) {
        List<Policy> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String next(String year) {
        int first = Integer.parseInt(year.substring(0, 4)) + 1;
        return String.format("%04d-%02d", first, (first + 1) % 100);
    }

    /** A statistical year starts on 1 April ({@code 2011-12} runs from 2011-04-01). */
    private static LocalDate start(String year) {
        return LocalDate.of(Integer.parseInt(year.substring(0, 4)), 4, 1);
    }
}
