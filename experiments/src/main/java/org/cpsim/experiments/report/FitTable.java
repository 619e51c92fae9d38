package org.cpsim.experiments.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code fit.csv} from calibration or validation: per indicator and statistical year, the observed
 * national figure beside the simulated mean and 95% interval.
 */
final class FitTable {
    static final String FILE_NAME = "fit.csv";

    /** One figure; {@code authority} is empty in a national fit. */
    record Point(String indicator, String year, double observed, Estimate simulated, double relativeError, boolean withinInterval,
                 String authority) {}

    private final List<Point> points;

    private FitTable(List<Point> points) { this.points = List.copyOf(points); }

    static FitTable read(Path file) {
        CsvTable csv = CsvTable.read(file);
        csv.require("indicator", "year", "observed", "sim_mean", "sim_ci_low", "sim_ci_high");
        int indicator = csv.column("indicator"), year = csv.column("year"), observed = csv.column("observed");
        int mean = csv.column("sim_mean"), low = csv.column("sim_ci_low"), high = csv.column("sim_ci_high");
        int error = csv.has("rel_error") ? csv.column("rel_error") : -1;
        int within = csv.has("within_interval") ? csv.column("within_interval") : -1;
        int authority = csv.has("authority") ? csv.column("authority") : -1;
        List<Point> points = new ArrayList<>();
        for (CsvTable.Row r : csv.rows()) {
            double obs = csv.number(r, observed);
            Estimate sim = new Estimate(csv.number(r, mean), csv.number(r, low), csv.number(r, high));
            double rel = error >= 0 ? csv.number(r, error) : Double.NaN;
            if (Double.isNaN(rel) && obs != 0) rel = (sim.mean() - obs) / obs;
            boolean inside = within >= 0 ? csv.flag(r, within).orElse(sim.covers(obs)) : sim.covers(obs);
            points.add(new Point(csv.text(r, indicator), csv.text(r, year), obs, sim, rel, inside, authority >= 0 ? csv.text(r, authority) : ""));
        }
        return new FitTable(points);
    }

    List<Point> points() { return points; }

    /** Whether the fit is by authority (fit.csv has an authority column with names). */
    boolean byAuthority() { return points.stream().anyMatch(p -> !p.authority().isEmpty()); }

    List<String> indicators() {
        Set<String> s = new LinkedHashSet<>();
        for (Point p : points) s.add(p.indicator());
        return List.copyOf(s);
    }

    List<Point> series(String indicator) {
        List<Point> out = new ArrayList<>();
        for (Point p : points) if (p.indicator().equals(indicator)) out.add(p);
        out.sort((a, b) -> Integer.compare(PeriodLabels.firstYear(a.year()), PeriodLabels.firstYear(b.year())));
        return out;
    }
}
