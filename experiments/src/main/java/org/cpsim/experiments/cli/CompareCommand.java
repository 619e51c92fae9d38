package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.cpsim.experiments.compare.Comparison;
import org.cpsim.experiments.compare.ComparisonRun;
import org.cpsim.experiments.compare.PairedDifference;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.report.YearChoice;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.model.config.CalendarConfig;
import org.cpsim.model.metrics.Indicator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpsim compare}: scenarios against the first, replication by replication (common random numbers). */
@Command(name = "compare",
        header = "Scenarios against a baseline, paired replication by replication.",
        mixinStandardHelpOptions = true,
        description = {"Run each scenario's replications with the same seed, so replication r of every scenario sees the same "
                + "families and events until their policies differ, and compare each with the first (the baseline).",
                "Writes comparison.csv (variant - baseline per replication, mean and Student-t 95%% CI, every indicator and period), "
                        + "pairing.csv (how much pairing narrows the headline intervals), metrics.csv, summary.csv and manifest.json."},
        footer = {"", "Examples:",
                "  cpsim compare scenarios/england-baseline.yaml \\",
                "      scenarios/prescribed-throughout.yaml",
                "  cpsim compare scenarios/england-baseline.yaml \\",
                "      scenarios/early-help-plus-50.yaml \\",
                "      scenarios/local-framework.yaml --replications 40",
                "  cpsim compare a.yaml b.yaml --years 5 --set population.children=20000"})
final class CompareCommand implements Callable<Integer> {
    /** The differences shown on the terminal and in pairing.csv: what a reader of a policy brief asks first. */
    static final List<Indicator> HEADLINE = ComparisonRun.HEADLINE;

    private final ReplicationExecutor executor;
    private final Path workingDirectory;

    @Parameters(arity = "2..*", paramLabel = "SCENARIO", description = "Scenario YAML files; the first is the baseline.")
    List<Path> files;

    @Mixin ReplicationOptions replicationOptions = new ReplicationOptions(20, 2);
    @Mixin YearsOption years;
    @Mixin SetOption set;

    @Option(names = "--year", paramLabel = "YYYY-YY",
            description = "Statistical year of the table, pairing.csv and the difference chart, e.g. 2012-13 (default: the last year in "
                    + "which the options' policies differ for the whole year, or the last year when they differ to the end; "
                    + "the table says which and why).")
    String year;

    @Mixin OutputOption out;

    @Spec
    CommandSpec spec;

    CompareCommand(ReplicationExecutor executor, Path workingDirectory) {
        this.executor = executor;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() throws Exception {
        int replications = replicationOptions.count();
        List<ResolvedScenario> scenarios = load();
        ScenarioNotes.print(spec.commandLine().getErr(), scenarios);
        YearChoice.Choice shown = chooseYear(scenarios);

        Path target = out.folder(workingDirectory, "compare-" + scenarios.get(0).name());
        Comparison comparison;
        try (ConsoleProgress progress = ConsoleProgress.forConsole("runs")) {
            comparison = new ComparisonRun(scenarios, replicationOptions.seed(), replications, replicationOptions.threads(), Invocation.of(spec),
                    shown.year()).writeTo(target, executor, progress);
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(target);
        stdout.printf("%nyear %s: %s%n", shown.year(), shown.why());
        headline(stdout, comparison, shown.year());
        stdout.flush();
        return Cpsim.OK;
    }

    /** Every scenario, checked before anything runs: values, distinct names, and the same reported periods (pairing needs them). */
    private List<ResolvedScenario> load() {
        List<Assignment> assignments = new ArrayList<>(set.assignments());
        assignments.addAll(years.assignments());
        List<ResolvedScenario> scenarios = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Path f : files) {
            ResolvedScenario r = ScenarioLoader.load(workingDirectory.resolve(f), assignments);
            if (!names.add(r.name())) {
                throw new ParameterException(spec.commandLine(), "two scenarios are named '" + r.name() + "' (" + f + "): give each its own name: so the results can tell them apart");
            }
            CalendarConfig a = scenarios.isEmpty() ? null : scenarios.get(0).scenario().initial().calendar(), b = r.scenario().initial().calendar();
            if (a != null && (!a.reportingStart().equals(b.reportingStart()) || a.reportingYears() != b.reportingYears())) {
                throw new ScenarioException(new Origin(f.toString(), 0), "reports " + b.reportingYears() + " years from " + b.reportingStart()
                        + ", the baseline " + a.reportingYears() + " from " + a.reportingStart() + ": paired comparison needs the same reporting periods");
            }
            scenarios.add(r);
        }
        return scenarios;
    }

    /** The year asked for, checked against those the scenarios report, or the default with its reason. */
    private YearChoice.Choice chooseYear(List<ResolvedScenario> scenarios) {
        if (year == null) return YearChoice.of(scenarios);
        List<String> years = YearChoice.years(scenarios);
        if (!years.contains(year)) {
            throw new ParameterException(spec.commandLine(), "--year " + year + " is not a year the scenarios report (" + years.get(0) + " to " + years.get(years.size() - 1) + ")");
        }
        return new YearChoice.Choice(year, "as asked (--year)");
    }

    private void headline(PrintWriter out, Comparison c, String year) {
        for (Map.Entry<String, List<PairedDifference>> e : c.headline(HEADLINE, year).entrySet()) {
            out.printf("%n%s - %s, %s, %d paired replications%n", e.getKey(), c.baseline(), year, replicationOptions.count());
            TerminalTable table = new TerminalTable().row("indicator", "baseline", "variant", "difference", "95% CI", "+/-paired", "+/-unpaired");
            for (PairedDifference d : e.getValue()) {
                String ci = Double.isNaN(d.difference().ciLow()) ? "" : TerminalTable.compact(d.difference().ciLow()) + " to " + TerminalTable.compact(d.difference().ciHigh());
                table.row(d.indicator().id(), TerminalTable.compact(d.baselineMean()), TerminalTable.compact(d.variantMean()),
                        TerminalTable.compact(d.difference().mean()), ci, TerminalTable.compact(d.pairedHalfWidth()), TerminalTable.compact(d.unpairedHalfWidth()));
            }
            table.print(out);
            out.println("(95% CI of the paired differences; +/- half-widths paired and as if unpaired: pairing.csv)");
        }
    }

    /** Costs in pounds and percentages in one table: whole numbers for large values, two decimals for small. */
    static String number(double v) {
        if (Double.isNaN(v)) return "n/a";
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a >= 10_000 ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    }
}
