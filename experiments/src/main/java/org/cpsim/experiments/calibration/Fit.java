package org.cpsim.experiments.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.output.Csv;
import org.cpsim.model.config.CalendarConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;

/** A scenario's runs laid beside observed figures: the rows of {@code fit.csv} and the summary shown on the terminal. */
public final class Fit {
    public static final String FILE_NAME = "fit.csv";

    private Fit() {}

    /** The first statistical year a scenario reports, as the national statistics label it ({@code 2009-10}). */
    public static String firstYear(Scenario scenario) {
        return yearLabel(scenario.initial().calendar().reportingStart().getYear());
    }

    /** The statistical year starting in April of {@code year}. */
    static String yearLabel(int year) { return String.format(Locale.ROOT, "%04d-%02d", year, (year + 1) % 100); }

    /** Reporting years needed for a run from the scenario's start through {@code lastYear}. */
    public static int yearsThrough(Scenario scenario, String lastYear) {
        return Integer.parseInt(lastYear.substring(0, 4)) - scenario.initial().calendar().reportingStart().getYear() + 1;
    }

    /**
     * The assignment that makes the scenario simulate through {@code lastYear}, or null if it already
     * does: later years continue the last policy in force. Its source says why it was changed.
     */
    public static Assignment extendThrough(Scenario scenario, String lastYear, String why) {
        CalendarConfig c = scenario.initial().calendar();
        int needed = yearsThrough(scenario, lastYear);
        if (needed <= c.reportingYears()) return null;
        return new Assignment("calendar.reportingYears", Integer.toString(needed), ScenarioLoader.COMMAND_LINE + " (" + why + ")");
    }

    /** One row per target, from every replication's value. */
    public static List<FitRow> rows(ObservedTargets targets, List<RunResult> runs) {
        List<FitRow> rows = new ArrayList<>();
        for (Target t : targets.targets()) {
            double[] values = new double[runs.size()];
            for (int r = 0; r < values.length; r++) values[r] = t.simulated(runs.get(r));
            rows.add(FitRow.of(t, values));
        }
        return rows;
    }

    public static void write(Writer w, List<FitRow> rows) throws IOException {
        w.write(FitRow.HEADER + "\n");
        for (FitRow r : rows) {
            w.write(Csv.row(Csv.text(r.indicator()), r.year(), Csv.number(r.observed()), Csv.number(r.simulatedMean()),
                    Csv.number(r.intervalLow()), Csv.number(r.intervalHigh()), Csv.number(r.relativeError()),
                    Boolean.toString(r.withinInterval())));
        }
    }

    /** A line per indicator (years, MAPE, coverage, worst year), then every figure not compared and why. */
    public static void print(PrintWriter out, List<FitRow> rows, List<Unmatched> unmatched) {
        List<IndicatorFit> fits = IndicatorFit.of(rows);
        int width = Math.max("indicator".length(), fits.stream().mapToInt(f -> f.indicator().length()).max().orElse(0));
        out.printf(Locale.ROOT, "%-" + width + "s  %5s  %7s  %8s  %s%n", "indicator", "years", "MAPE", "coverage", "worst year");
        for (IndicatorFit f : fits) {
            out.printf(Locale.ROOT, "%-" + width + "s  %5d  %6.1f%%  %8s  %s%n", f.indicator(), f.years(), f.mapePercent(),
                    f.within() + "/" + f.years(),
                    Double.isNaN(f.worstPercent()) ? "" : String.format(Locale.ROOT, "%s %+.1f%%", f.worstYear(), 100 * signedError(rows, f)));
        }
        if (!unmatched.isEmpty()) {
            out.println("not compared:");
            for (Unmatched u : unmatched) out.printf("  %s (%s): %s%n", u.indicator(), String.join(", ", u.years()), u.reason());
        }
    }

    private static double signedError(List<FitRow> rows, IndicatorFit f) {
        for (FitRow r : rows) if (r.indicator().equals(f.indicator()) && r.year().equals(f.worstYear())) return r.relativeError();
        return Double.NaN;
    }
}
