package org.cpsim.experiments.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;

/**
 * Every value of every replication in tidy form, one row per (replication, period, indicator), in
 * that order, so the file reads straight into R or pandas and diffs cleanly between runs.
 */
public final class MetricsCsv {
    public static final String FILE_NAME = "metrics.csv";
    public static final String HEADER = "scenario,replication,period,indicator,value";

    private MetricsCsv() {}

    public static void write(Path file, List<RunResult> results) throws IOException {
        TextFile.write(file, out -> write(out, results));
    }

    /** Several scenarios' runs in one file, scenario by scenario ({@code cpsim compare}, {@code cpsim replay}). */
    public static void writeScenarios(Writer out, List<List<RunResult>> scenarios) throws IOException {
        out.write(HEADER + "\n");
        for (List<RunResult> runs : scenarios) writeRows(out, runs);
    }

    public static void write(Writer out, List<RunResult> results) throws IOException {
        out.write(HEADER + "\n");
        writeRows(out, results);
    }

    /** The rows without the header, so several scenarios' runs can share one file ({@code cpsim compare}). */
    public static void writeRows(Writer out, List<RunResult> results) throws IOException {
        List<RunResult> ordered = results.stream().sorted(Comparator.comparingInt(RunResult::replication)).toList();
        Indicator[] indicators = Indicator.values();
        for (RunResult r : ordered) {
            String scenario = Csv.text(r.scenario());
            String replication = Integer.toString(r.replication());
            for (int p = 0; p < r.periods().size(); p++) {
                String period = Csv.text(r.periods().get(p).label());
                for (Indicator i : indicators) {
                    out.write(Csv.row(scenario, replication, period, i.id(), Csv.number(r.value(p, i))));
                }
            }
        }
    }
}
