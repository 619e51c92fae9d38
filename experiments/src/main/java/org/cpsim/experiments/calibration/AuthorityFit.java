package org.cpsim.experiments.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.cpsim.experiments.io.AuthorityName;
import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.output.Csv;
import org.cpsim.model.config.AuthoritySize;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;

/**
 * A multi-authority scenario beside an observed file with an {@code authority} column (the form of
 * data/la_figures.csv): each authority of the scenario is compared with its own rows, matched by name as
 * {@link AuthorityName#key} does, exactly as {@code fit --authority NAME} compares one. A count is compared
 * as a rate per 10,000 children, on the authority's own observed child population in that year (else the
 * nearest year's) and the authority's simulated children; its id gains {@value #PER_10K}. Everything not
 * compared is reported, grouped, with why.
 */
public final class AuthorityFit {
    public static final String HEADER = "authority,indicator,year,observed,sim_mean,sim_ci_low,sim_ci_high,rel_error,within_interval";
    /** What a count's id gains when it is compared as a rate. */
    public static final String PER_10K = "_per_10k";

    /** One observed figure of one authority. */
    public record AuthorityTarget(String authority, Target target) {}

    /** Every authority's targets, and what was not compared. */
    public record Plan(List<AuthorityTarget> targets, List<Unmatched> unmatched) {
        public Plan {
            targets = List.copyOf(targets);
            unmatched = List.copyOf(unmatched);
        }

        public String lastYear() { return targets.stream().map(t -> t.target().year()).max(String::compareTo).orElse(null); }

        /** The same targets as one list, for the manifest. */
        public ObservedTargets asTargets() { return new ObservedTargets(targets.stream().map(AuthorityTarget::target).toList(), unmatched); }
    }

    /** A line of fit.csv. */
    public record Row(String authority, FitRow fit) {}

    private AuthorityFit() {}

    /** Whether a fit is by authority: the scenario lists authorities and some observed row names one. */
    public static boolean applies(Scenario scenario, List<ObservedData> data) {
        return !scenario.initial().authorities().isEmpty()
                && data.stream().anyMatch(d -> d.observations().stream().anyMatch(o -> !o.authority().isEmpty()));
    }

    public static Plan match(List<ObservedData> data, Scenario scenario) { return match(data, scenario, null); }

    /** As {@link #match(List, Scenario)}, comparing only the authority {@code only} (a name as typed) when it is not null. */
    public static Plan match(List<ObservedData> data, Scenario scenario, String only) {
        String firstYear = Fit.firstYear(scenario);
        List<AuthorityTarget> targets = new ArrayList<>();
        Map<String, Group> notCompared = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (AuthoritySize a : scenario.initial().authorities()) {
            if (only != null && !AuthorityName.key(a.name()).equals(AuthorityName.key(only))) continue;
            keys.add(AuthorityName.key(a.name()));
            ObservedTargets own = ObservedTargets.match(data, firstYear, null, a.name());
            for (Target t : own.targets()) targets.add(new AuthorityTarget(a.name(), t));
            for (Unmatched u : own.unmatched()) {
                if (u.indicator().startsWith("(")) continue; // the other authorities' rows: each is matched in its turn
                notCompared.computeIfAbsent(u.indicator() + "\u0000" + u.reason(), k -> new Group(u.indicator(), u.reason())).add(a.name(), u.years());
            }
            if (own.targets().isEmpty() && own.unmatched().stream().allMatch(u -> u.indicator().startsWith("("))) {
                notCompared.computeIfAbsent("\u0000none", k -> new Group("(authorities with no observed rows)", "in the scenario, not in the observed files"))
                        .add(a.name(), List.of());
            }
        }
        Group strangers = new Group(only == null ? "(authorities not in the scenario)" : "(other authorities)",
                only == null ? "rows of authorities the scenario does not run" : "this fit compares " + only + "'s rows only");
        Group national = new Group("(national rows)", "rows with no authority: this fit compares each authority with its own rows");
        for (ObservedData d : data) {
            for (ObservedData.Observation o : d.observations()) {
                if (o.authority().isEmpty()) national.add("England", List.of(o.year()));
                else if (!keys.contains(AuthorityName.key(o.authority()))) strangers.add(o.authority(), List.of(o.year()));
            }
        }
        List<Unmatched> unmatched = new ArrayList<>();
        for (Group g : notCompared.values()) unmatched.add(g.unmatched());
        if (!strangers.authorities.isEmpty()) unmatched.add(strangers.unmatched());
        if (!national.authorities.isEmpty()) unmatched.add(national.unmatched());
        return new Plan(targets, unmatched);
    }

    /** One row per authority's figure, from every replication's value for that authority. */
    public static List<Row> rows(Plan plan, List<RunResult> runs) { return rows(plan, runs, Map.of()); }

    /**
     * As {@link #rows(Plan, List)}, each interval widened by the model discrepancy given for its observed indicator
     * id ({@link FitRow#withDiscrepancy}; ids not given keep the replications' interval).
     */
    public static List<Row> rows(Plan plan, List<RunResult> runs, Map<String, Double> discrepancy) {
        List<Map<String, RunResult>> byName = new ArrayList<>();
        for (RunResult run : runs) {
            Map<String, RunResult> m = new HashMap<>();
            // A run of a single listed authority is that authority's run (nothing to combine).
            if (run.authorities().isEmpty()) m.put(AuthorityName.key(run.scenario()), run);
            for (RunResult a : run.authorities()) m.put(AuthorityName.key(a.scenario()), a);
            byName.add(m);
        }
        List<Row> rows = new ArrayList<>();
        for (AuthorityTarget at : plan.targets()) {
            Target t = at.target();
            String key = AuthorityName.key(at.authority());
            double[] values = new double[runs.size()];
            for (int r = 0; r < values.length; r++) {
                RunResult own = byName.get(r).get(key);
                if (own == null && runs.get(r).authorities().isEmpty()) own = runs.get(r);
                if (own == null) throw new IllegalStateException("replication " + r + " has no result for " + at.authority());
                values[r] = t.isCount() ? t.simulated(own) / t.nationalChildren() * 10_000 : t.simulated(own);
            }
            Target compared = t.isCount()
                    ? new Target(t.indicator() + PER_10K, t.year(), t.observed() / t.nationalChildren() * 10_000, t.model(), Double.NaN, t.file(), t.line())
                    : t;
            rows.add(new Row(at.authority(), FitRow.of(compared, values).withDiscrepancy(discrepancy.getOrDefault(t.indicator(), 0.0))));
        }
        return rows;
    }

    public static void write(Writer w, List<Row> rows) throws IOException {
        w.write(HEADER + "\n");
        for (Row row : rows) {
            FitRow r = row.fit();
            w.write(Csv.row(Csv.text(row.authority()), Csv.text(r.indicator()), r.year(), Csv.number(r.observed()), Csv.number(r.simulatedMean()),
                    Csv.number(r.intervalLow()), Csv.number(r.intervalHigh()), Csv.number(r.relativeError()), Boolean.toString(r.withinInterval())));
        }
    }

    /** How one indicator fits across the authorities: over every authority and year compared. */
    public record Summary(String indicator, List<String> years, int authorities, int rows, int within, double mapePercent,
                          double medianAbsPercent, Row worst) {

        public static List<Summary> of(List<Row> rows) {
            Map<String, List<Row>> byIndicator = new LinkedHashMap<>();
            for (Row r : rows) byIndicator.computeIfAbsent(r.fit().indicator(), k -> new ArrayList<>()).add(r);
            List<Summary> out = new ArrayList<>();
            for (var e : byIndicator.entrySet()) {
                List<Row> rs = e.getValue();
                List<Double> errors = new ArrayList<>();
                Row worst = null;
                int within = 0;
                for (Row r : rs) {
                    if (r.fit().withinInterval()) within++;
                    double a = Math.abs(r.fit().relativeError());
                    if (Double.isNaN(a)) continue;
                    errors.add(100 * a);
                    if (worst == null || a > Math.abs(worst.fit().relativeError())) worst = r;
                }
                errors.sort(Comparator.naturalOrder());
                double mape = errors.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
                out.add(new Summary(e.getKey(), rs.stream().map(r -> r.fit().year()).distinct().sorted().toList(),
                        (int) rs.stream().map(Row::authority).distinct().count(), rs.size(), within, mape, median(errors), worst));
            }
            return out;
        }
    }

    /** A line per indicator (years, authorities, MAPE, median absolute error, coverage, worst authority), then what was not compared. */
    public static void print(PrintWriter out, List<Row> rows, List<Unmatched> unmatched) {
        List<Summary> all = Summary.of(rows);
        int width = Math.max("indicator".length(), all.stream().mapToInt(s -> s.indicator().length()).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + width + "s  %-18s  %11s  %7s  %10s  %9s  %s%n", "indicator", "years", "authorities", "MAPE",
                "median err", "coverage", "worst authority");
        for (Summary s : all) {
            String years = s.years().size() == 1 ? s.years().get(0) : s.years().get(0) + " to " + s.years().get(s.years().size() - 1);
            String worst = s.worst() == null ? "" : String.format(Locale.ROOT, "%s %s %+.1f%%", s.worst().authority(), s.worst().fit().year(),
                    100 * s.worst().fit().relativeError());
            out.printf(Locale.ROOT, "%-" + width + "s  %-18s  %11d  %6.1f%%  %9.1f%%  %9s  %s%n", s.indicator(), years, s.authorities(),
                    s.mapePercent(), s.medianAbsPercent(), s.within() + "/" + s.rows(), worst);
        }
        if (!unmatched.isEmpty()) {
            out.println("not compared:");
            for (Unmatched u : unmatched) out.printf("  %s (%s): %s%n", u.indicator(), String.join(", ", u.years()), u.reason());
        }
    }

    static double median(List<Double> sorted) {
        int n = sorted.size();
        if (n == 0) return Double.NaN;
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** Unmatched figures of one kind across authorities: which, and in which years. */
    private static final class Group {
        private final String indicator, reason;
        private final TreeSet<String> authorities = new TreeSet<>(), years = new TreeSet<>();

        Group(String indicator, String reason) {
            this.indicator = indicator;
            this.reason = reason;
        }

        void add(String authority, List<String> ys) {
            authorities.add(authority);
            years.addAll(ys);
        }

        Unmatched unmatched() {
            List<String> names = new ArrayList<>(authorities);
            String who = names.size() <= 5 ? String.join(", ", names) : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more";
            return new Unmatched(indicator, List.copyOf(years), names.size() + (names.size() == 1 ? " authority" : " authorities") + " (" + who + "): " + reason);
        }
    }
}
