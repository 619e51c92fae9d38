package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.output.AuthoritiesCsv;
import org.cpsim.experiments.output.Manifest;
import org.cpsim.experiments.output.MetricsCsv;
import org.cpsim.experiments.output.OutputFolder;
import org.cpsim.experiments.output.PeakHeap;
import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.output.Summaries;
import org.cpsim.experiments.output.SummaryCsv;
import org.cpsim.experiments.report.DefaultCharts;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.experiments.stats.Summary;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cpsim run}: replications of one scenario, written to a fresh output folder. */
@Command(name = "run",
        header = "Replications of one scenario, into a new results folder.",
        mixinStandardHelpOptions = true,
        description = {"Run replications of a scenario and write metrics.csv (every replication), summary.csv "
                + "(mean and 95%% CI per period and indicator) and manifest.json (what produced them) to a new folder.",
                "Nothing is written unless the whole run succeeds."},
        footer = {"", "Examples:",
                "  cpsim run scenarios/england-baseline.yaml",
                "  cpsim run scenarios/england-baseline.yaml --replications 50 --seed 42",
                "  cpsim run scenarios/england-baseline.yaml --out output/baseline-50",
                "  cpsim run scenarios/england-baseline.yaml --years 3 --set care.fosterShare=0.8",
                "  CPSIM_JAVA_OPTS=-Xmx8g cpsim run scenarios/england-baseline.yaml --threads 4"})
final class RunCommand implements Callable<Integer> {
    /** Shown after a run: the headline national statistics, for the last reported year. */
    static final List<Indicator> HEADLINE = List.of(Indicator.REFERRAL_RATE_PER_10K, Indicator.CP_PLAN_RATE_PER_10K,
            Indicator.CIN_RATE_PER_10K, Indicator.HARM_DAYS_PER_10K);

    private final ReplicationExecutor executor;
    private final Path workingDirectory;

    @Mixin ScenarioArguments scenario;
    @Mixin ReplicationOptions replicationOptions = new ReplicationOptions(10, 1);
    @Mixin YearsOption years;
    @Mixin OutputOption out;

    @Spec
    CommandSpec spec;

    RunCommand(ReplicationExecutor executor, Path workingDirectory) {
        this.executor = executor;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() throws Exception {
        int replications = replicationOptions.count();

        List<Assignment> assignments = new ArrayList<>(scenario.assignments());
        assignments.addAll(years.assignments());
        ResolvedScenario resolved = ScenarioLoader.load(workingDirectory.resolve(scenario.file), assignments);
        ScenarioNotes.print(spec.commandLine().getErr(), resolved);

        Path target = out.folder(workingDirectory, resolved.name());
        PrintWriter stdout = spec.commandLine().getOut();
        Provenance provenance = Provenance.begin(Invocation.of(spec), replicationOptions.seed(), replications, replicationOptions.threads());
        Summaries summaries;
        try (OutputFolder folder = OutputFolder.begin(target); PeakHeap heap = new PeakHeap(); ConsoleProgress progress = ConsoleProgress.forConsole("replications")) {
            // The same bar and time left as compare and sweep: a ten-minute national run should say how long it has to go.
            progress.started(0, replications);
            List<RunResult> results = executor.run(resolved.scenario(), replicationOptions.seed(), replications, replicationOptions.threads(), n -> {
                progress.done(n);
                heap.sample();
            });
            if (results.size() != replications) {
                throw new IllegalStateException("asked for " + replications + " replications, got " + results.size());
            }
            summaries = Summaries.of(results);
            MetricsCsv.write(folder.staging().resolve(MetricsCsv.FILE_NAME), results);
            SummaryCsv.write(folder.staging().resolve(SummaryCsv.FILE_NAME), summaries);
            AuthoritiesCsv.writeIfAny(folder.staging().resolve(AuthoritiesCsv.FILE_NAME), results);
            long events = results.stream().mapToLong(RunResult::events).sum();
            heap.sample();
            new Manifest(provenance.finished(), resolved, heap.bytes(), events)
                    .write(folder.staging().resolve(Manifest.FILE_NAME));
            folder.commit();
        }
        DefaultCharts.writeFor(target); // into <folder>/charts, once the results themselves are safely in place
        stdout.println(target);
        headline(stdout, summaries);
        stdout.flush();
        return Cpsim.OK;
    }

    private static void headline(PrintWriter out, Summaries summaries) {
        List<Period> years = summaries.years();
        if (years.isEmpty()) return;
        Period last = years.get(years.size() - 1);
        int width = HEADLINE.stream().mapToInt(i -> i.id().length()).max().orElse(0);
        out.printf("%-" + width + "s  %10s  %s%n", last.label(), "mean", "95% CI");
        for (Indicator i : HEADLINE) {
            Summary s = summaries.get(last.label(), i);
            out.printf("%-" + width + "s  %10s  %s%n", i.id(), number(s.mean()),
                    Double.isNaN(s.ciLow()) ? "" : number(s.ciLow()) + " to " + number(s.ciHigh()));
        }
    }

    private static String number(double v) { return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, "%.1f", v); }
}
