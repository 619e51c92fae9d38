package org.cpsim.experiments.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

import org.cpsim.experiments.stats.Summary;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/** One row per (period, indicator) with the mean over replications and its 95% confidence interval. */
public final class SummaryCsv {
    public static final String FILE_NAME = "summary.csv";
    public static final String HEADER = "scenario,period,indicator,mean,sd,ci_low,ci_high,n";

    private SummaryCsv() {}

    public static void write(Path file, Summaries summaries) throws IOException {
        TextFile.write(file, out -> write(out, summaries));
    }

    /** Several scenarios' summaries in one file, scenario by scenario ({@code cpsim compare}, {@code cpsim replay}). */
    public static void writeScenarios(Writer out, List<List<RunResult>> scenarios) throws IOException {
        out.write(HEADER + "\n");
        for (List<RunResult> runs : scenarios) writeRows(out, Summaries.of(runs));
    }

    public static void write(Writer out, Summaries summaries) throws IOException {
        out.write(HEADER + "\n");
        writeRows(out, summaries);
    }

    /** The rows without the header, so several scenarios can share one file ({@code cpsim compare}). */
    public static void writeRows(Writer out, Summaries summaries) throws IOException {
        String scenario = Csv.text(summaries.scenario());
        for (Period p : summaries.periods()) {
            for (Indicator i : Indicator.values()) {
                Summary s = summaries.get(p.label(), i);
                out.write(Csv.row(scenario, Csv.text(p.label()), i.id(), Csv.number(s.mean()), Csv.number(s.sd()),
                        Csv.number(s.ciLow()), Csv.number(s.ciHigh()), Integer.toString(s.n())));
            }
        }
    }
}
