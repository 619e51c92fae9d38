package org.cpsim.experiments.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code points.csv} from {@code cpsim sweep}: one row per point of the design, the levers' values
 * (columns named by parameter path) and each outcome's mean and 95% interval
 * ({@code <outcome>_mean}, {@code <outcome>_ci_low}, {@code <outcome>_ci_high}).
 */
final class SweepTable {
    static final String FILE_NAME = "points.csv";

    /** One design point: lever path to value as written, outcome id to estimate. */
    record Point(String id, Map<String, String> levers, Map<String, Estimate> outcomes) {
        Point {
            levers = Map.copyOf(levers);
            outcomes = Map.copyOf(outcomes);
        }
    }

    private final List<String> levers;
    private final List<String> outcomes;
    private final List<Point> points;

    private SweepTable(List<String> levers, List<String> outcomes, List<Point> points) {
        this.levers = List.copyOf(levers);
        this.outcomes = List.copyOf(outcomes);
        this.points = List.copyOf(points);
    }

    static SweepTable read(Path file) {
        CsvTable csv = CsvTable.read(file);
        List<String> header = csv.header();
        List<String> outcomes = new ArrayList<>();
        Set<String> outcomeColumns = new LinkedHashSet<>();
        for (String h : header) {
            if (!h.endsWith("_mean")) continue;
            String outcome = h.substring(0, h.length() - "_mean".length());
            if (header.contains(outcome + "_ci_low") && header.contains(outcome + "_ci_high")) {
                outcomes.add(outcome);
                outcomeColumns.addAll(List.of(h, outcome + "_ci_low", outcome + "_ci_high"));
            }
        }
        if (outcomes.isEmpty()) {
            throw new ReportInputException(file + ": no outcome columns; expected <outcome>_mean, <outcome>_ci_low and <outcome>_ci_high");
        }
        List<String> levers = new ArrayList<>();
        for (String h : header) if (!h.equals("point") && !outcomeColumns.contains(h)) levers.add(h);
        int point = csv.has("point") ? csv.column("point") : -1;
        List<Point> points = new ArrayList<>();
        for (CsvTable.Row r : csv.rows()) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String l : levers) values.put(l, csv.text(r, csv.column(l)));
            Map<String, Estimate> estimates = new LinkedHashMap<>();
            for (String o : outcomes) {
                estimates.put(o, new Estimate(csv.number(r, csv.column(o + "_mean")), csv.number(r, csv.column(o + "_ci_low")),
                        csv.number(r, csv.column(o + "_ci_high"))));
            }
            points.add(new Point(point >= 0 ? csv.text(r, point) : Integer.toString(points.size() + 1), values, estimates));
        }
        return new SweepTable(levers, outcomes, points);
    }

    List<String> levers() { return levers; }

    List<String> outcomes() { return outcomes; }

    List<Point> points() { return points; }

    /** The distinct values a lever takes, in the order first met. */
    List<String> values(String lever) {
        Set<String> v = new LinkedHashSet<>();
        for (Point p : points) v.add(p.levers().get(lever));
        return List.copyOf(v);
    }

    /** Whether every value of the lever is a number (so it can be an axis). */
    boolean numeric(String lever) {
        for (String v : values(lever)) {
            try {
                Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }
}
