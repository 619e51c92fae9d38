package org.cpsim.experiments.sweep;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.output.Csv;
import org.cpsim.experiments.runner.RunRecord;
import org.cpsim.experiments.stats.BoundedInterval;
import org.cpsim.experiments.stats.Summary;

/**
 * {@code points.csv}: one row per design point, its values then, for each outcome, the mean over
 * replications and its 95% confidence interval (Student t).
 */
public final class PointsCsv {
    public static final String FILE_NAME = "points.csv";

    private PointsCsv() {}

    public static void write(Writer out, SweepPlan plan, List<RunRecord> records) throws IOException {
        List<String> header = new ArrayList<>(List.of("point"));
        for (Parameter p : plan.parameters()) header.add(Csv.text(p.path()));
        for (String id : plan.spec().outcomes().ids()) {
            header.add(id + "_mean");
            header.add(id + "_ci_low");
            header.add(id + "_ci_high");
        }
        out.write(String.join(",", header) + "\n");
        for (DesignPoint p : plan.points()) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(p.index())));
            for (String v : p.values()) row.add(Csv.text(v));
            for (Summary s : summaries(plan, records, p.index())) {
                row.add(Csv.number(s.mean()));
                row.add(Csv.number(s.ciLow()));
                row.add(Csv.number(s.ciHigh()));
            }
            out.write(Csv.row(row.toArray(String[]::new)));
        }
    }

    /** Each outcome of one point summarised over its replications. */
    public static List<Summary> summaries(SweepPlan plan, List<RunRecord> records, int point) {
        int outcomes = plan.spec().outcomes().size();
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < outcomes; i++) values.add(new double[plan.spec().replications()]);
        int n = 0;
        for (RunRecord r : records) {
            if (r.point() != point) continue;
            for (int i = 0; i < outcomes; i++) values.get(i)[r.replication()] = r.outcome(i);
            n++;
        }
        if (n != plan.spec().replications()) throw new IllegalStateException("point " + point + " has " + n + " replications");
        // Every indicator is a count, rate, time or cost (never negative) or a percentage: intervals stay in range.
        List<Summary> out = new ArrayList<>();
        List<org.cpsim.model.metrics.Indicator> indicators = plan.spec().outcomes().indicators();
        for (int i = 0; i < outcomes; i++) {
            Summary s = Summary.of(values.get(i));
            boolean percent = indicators.get(i).unit().startsWith("percent");
            out.add(percent ? BoundedInterval.percentage(s) : BoundedInterval.nonNegative(s));
        }
        return out;
    }
}
