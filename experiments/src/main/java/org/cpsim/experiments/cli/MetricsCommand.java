package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.cpsim.experiments.output.Csv;
import org.cpsim.model.metrics.Indicator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cpsim metrics}: the indicators the model reports, as declared once in {@link Indicator}. */
@Command(name = "metrics",
        header = "List the indicators the model reports.",
        mixinStandardHelpOptions = true,
        description = "List every indicator the model reports: id, unit, definition and the national statistic it matches.",
        footer = {"", "Examples:", "  cpsim metrics", "  cpsim metrics --csv > indicators.csv"})
final class MetricsCommand implements Callable<Integer> {

    @Option(names = "--csv", description = "Write CSV (id,unit,definition,national_statistic) instead of a table.")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (csv) {
            out.print(Csv.row("id", "unit", "definition", "national_statistic"));
            for (Indicator i : Indicator.values()) {
                out.print(Csv.row(Csv.text(i.id()), Csv.text(i.unit()), Csv.text(i.definition()), Csv.text(i.nationalStatistic())));
            }
        } else {
            int id = "id".length(), unit = "unit".length(), definition = "definition".length();
            for (Indicator i : Indicator.values()) {
                id = Math.max(id, i.id().length());
                unit = Math.max(unit, i.unit().length());
                definition = Math.max(definition, i.definition().length());
            }
            String format = "%-" + id + "s  %-" + unit + "s  %-" + definition + "s  %s%n";
            out.print(String.format(format, "id", "unit", "definition", "national statistic").stripTrailing() + System.lineSeparator());
            for (Indicator i : Indicator.values()) {
                String national = i.nationalStatistic().isEmpty() ? "-" : i.nationalStatistic();
                out.printf(format, i.id(), i.unit(), i.definition(), national);
            }
        }
        out.flush();
        return Cpsim.OK;
    }
}
