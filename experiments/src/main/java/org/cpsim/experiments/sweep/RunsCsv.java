package org.cpsim.experiments.sweep;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.output.Csv;
import org.cpsim.experiments.runner.RunRecord;

/** {@code runs.csv}: one row per design point and replication, the point's values then each outcome. */
public final class RunsCsv {
    public static final String FILE_NAME = "runs.csv";

    private RunsCsv() {}

    public static String header(SweepPlan plan) {
        List<String> h = new ArrayList<>(List.of("point", "replication"));
        for (Parameter p : plan.parameters()) h.add(Csv.text(p.path()));
        h.addAll(plan.spec().outcomes().ids());
        return String.join(",", h);
    }

    /** @param records by point then replication */
    public static void write(Writer out, SweepPlan plan, List<RunRecord> records) throws IOException {
        out.write(header(plan) + "\n");
        for (RunRecord r : records) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(r.point()), Integer.toString(r.replication())));
            for (String v : plan.points().get(r.point()).values()) row.add(Csv.text(v));
            for (double v : r.outcomes()) row.add(Csv.number(v));
            out.write(Csv.row(row.toArray(String[]::new)));
        }
    }
}
