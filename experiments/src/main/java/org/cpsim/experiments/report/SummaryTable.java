package org.cpsim.experiments.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cpsim.model.metrics.Period;

/** {@code summary.csv} read back: for every scenario and indicator, the mean and 95% interval per period. */
final class SummaryTable {
    static final String FILE_NAME = "summary.csv";

    /** One period's estimate over {@code n} replications. */
    record Point(String period, Period.Kind kind, Estimate estimate, int n) {
        double x() { return PeriodLabels.x(period, kind); }
    }

    private final Map<String, Map<String, List<Point>>> byScenario;

    private SummaryTable(Map<String, Map<String, List<Point>>> byScenario) { this.byScenario = byScenario; }

    static SummaryTable read(Path file) {
        CsvTable csv = CsvTable.read(file);
        int scenario = csv.column("scenario"), period = csv.column("period"), indicator = csv.column("indicator"), mean = csv.column("mean");
        int low = csv.column("ci_low"), high = csv.column("ci_high");
        int n = csv.has("n") ? csv.column("n") : -1;
        record Raw(String period, Estimate estimate, int n) {}
        Map<String, Map<String, List<Raw>>> raw = new LinkedHashMap<>();
        for (CsvTable.Row r : csv.rows()) {
            raw.computeIfAbsent(csv.text(r, scenario), k -> new LinkedHashMap<>())
                    .computeIfAbsent(csv.text(r, indicator), k -> new ArrayList<>())
                    .add(new Raw(csv.text(r, period), new Estimate(csv.number(r, mean), csv.number(r, low), csv.number(r, high)),
                            n < 0 ? -1 : csv.count(r, n)));
        }
        Map<String, Map<String, List<Point>>> out = new LinkedHashMap<>();
        raw.forEach((s, indicators) -> indicators.forEach((i, rows) -> {
            List<Period.Kind> kinds = PeriodLabels.classify(rows.stream().map(Raw::period).toList());
            List<Point> points = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) points.add(new Point(rows.get(k).period(), kinds.get(k), rows.get(k).estimate(), rows.get(k).n()));
            out.computeIfAbsent(s, x -> new LinkedHashMap<>()).put(i, List.copyOf(points));
        }));
        return new SummaryTable(out);
    }

    /** Scenario names in the order the file gives them. */
    List<String> scenarios() { return List.copyOf(byScenario.keySet()); }

    /** Indicator ids in the order the file gives them. */
    Set<String> indicators() {
        Set<String> ids = new LinkedHashSet<>();
        for (Map<String, List<Point>> m : byScenario.values()) ids.addAll(m.keySet());
        return ids;
    }

    /** One scenario's periods of one kind, in order; empty if the file has none. */
    List<Point> series(String scenario, String indicator, Period.Kind kind) {
        List<Point> all = byScenario.getOrDefault(scenario, Map.of()).getOrDefault(indicator, List.of());
        return all.stream().filter(p -> p.kind() == kind).toList();
    }

    /** Whether any scenario has a period of this kind with a mean. */
    boolean has(String indicator, Period.Kind kind) {
        for (String s : byScenario.keySet()) {
            for (Point p : series(s, indicator, kind)) if (!Double.isNaN(p.estimate().mean())) return true;
        }
        return false;
    }

    /** The most replications behind any estimate, or -1 if the file does not say. */
    int replications() {
        int max = -1;
        for (Map<String, List<Point>> m : byScenario.values()) for (List<Point> ps : m.values()) for (Point p : ps) max = Math.max(max, p.n());
        return max;
    }
}
