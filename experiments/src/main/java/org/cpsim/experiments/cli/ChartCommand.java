package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpsim.experiments.report.DefaultCharts;
import org.cpsim.experiments.report.PolicyChange;
import org.cpsim.experiments.report.ReportInputException;
import org.cpsim.model.metrics.Indicator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpsim chart}: the default charts, as PNG and SVG, for whatever results folders are given. */
@Command(name = "chart",
        header = "Draw the default charts of results folders.",
        mixinStandardHelpOptions = true,
        description = {"Draw the default charts (PNG and SVG) for results folders, chosen by what each holds: indicators over time "
                + "with 95%% bands (run, compare), paired differences (compare), response to levers (sweep), parameter rankings "
                + "(sensitivity), observed against simulated (fit).",
                "Charts go to DIR/charts unless --out is given; existing charts of the same name are replaced."},
        footer = {"", "Examples:",
                "  cpsim chart output/baseline-20250101-120000",
                "  cpsim chart output/timescales --indicator harm_days_per_10k",
                "  cpsim chart output/timescales --year 2012-13",
                "  cpsim chart output/run --policy-date 2011-03-01='Timescales lifted'",
                "  cpsim chart output/sweep output/sensitivity --out charts/"})
final class ChartCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Results folders (from run, compare, sweep, sensitivity or calibrate).")
    List<Path> folders = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where to write the charts (default: DIR/charts); with several folders, one subfolder each.")
    Path out;

    @Option(names = "--indicator", paramLabel = "ID", description = "Chart this indicator (repeatable; default: the headline ones). See cpsim metrics.")
    List<String> indicators = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YYYY-YY",
            description = "Statistical year of a comparison's difference chart, e.g. 2012-13 (default: the last year in which the "
                    + "options' policies differ for the whole year, or the last year when they differ to the end; said on stderr).")
    String year;

    @Option(names = "--policy-date", paramLabel = "DATE=LABEL",
            description = "Mark a policy change on time series (repeatable), for results whose manifest has no timeline, e.g. 2011-03-01='Timescales lifted'.")
    List<String> policyDates = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (String id : indicators) {
            if (Indicator.byId(id) == null) throw new ParameterException(spec.commandLine(), "unknown indicator '" + id + "'; cpsim metrics lists them");
        }
        DefaultCharts.Options options = new DefaultCharts.Options(indicators, policyChanges(), year);
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();
        List<Path> empty = new ArrayList<>();
        for (Path folder : folders) {
            Path target = out == null ? folder.resolve(DefaultCharts.FOLDER) : folders.size() == 1 ? out : out.resolve(name(folder));
            List<Path> written;
            try {
                if (year == null) {
                    DefaultCharts.comparisonYear(folder, options).ifPresent(c -> stderr.println("differences for " + c.year() + ": " + c.why()));
                }
                written = DefaultCharts.writeFor(folder, target, options);
            } catch (ReportInputException e) {
                stderr.println(e.getMessage());
                stderr.flush();
                return Cpsim.USER_ERROR;
            }
            if (written.isEmpty()) empty.add(folder);
            for (Path p : written) stdout.println(p);
        }
        stdout.flush();
        if (!empty.isEmpty()) {
            stderr.println("nothing to chart in " + empty.get(0) + (indicators.isEmpty() ? "" : " for " + String.join(", ", indicators)));
            stderr.flush();
            return Cpsim.USER_ERROR;
        }
        return Cpsim.OK;
    }

    private List<PolicyChange> policyChanges() {
        List<PolicyChange> out = new ArrayList<>();
        for (String s : policyDates) {
            int eq = s.indexOf('=');
            try {
                if (eq < 0) throw new DateTimeParseException("no '='", s, 0);
                out.add(new PolicyChange(LocalDate.parse(s.substring(0, eq).strip()), s.substring(eq + 1).strip()));
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--policy-date wants DATE=LABEL, e.g. 2011-03-01='Timescales lifted', got '" + s + "'");
            }
        }
        return out;
    }

    private static String name(Path folder) {
        Path n = folder.toAbsolutePath().normalize().getFileName();
        return n == null ? "charts" : n.toString();
    }
}
