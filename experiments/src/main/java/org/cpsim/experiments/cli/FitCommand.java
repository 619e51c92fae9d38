package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cpsim.experiments.calibration.AuthorityFit;
import org.cpsim.experiments.calibration.Fit;
import org.cpsim.experiments.calibration.FitManifest;
import org.cpsim.experiments.calibration.FitRow;
import org.cpsim.experiments.calibration.ObservedTargets;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.AuthorityName;
import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.io.DiscrepancyFile;
import org.cpsim.experiments.output.Manifest;
import org.cpsim.experiments.output.OutputFolder;
import org.cpsim.experiments.output.PeakHeap;
import org.cpsim.experiments.output.TextFile;
import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.output.Summaries;
import org.cpsim.experiments.output.SummaryCsv;
import org.cpsim.experiments.report.DefaultCharts;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.model.metrics.RunResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cpsim fit}: a scenario's replications beside observed figures, indicator by indicator and year by year. */
@Command(name = "fit",
        header = "A scenario beside observed figures, year by year.",
        mixinStandardHelpOptions = true,
        description = {"Run a scenario over the years of observed figures (indicator,year,value CSV) and lay the simulated mean and "
                + "95%% interval beside each figure: fit.csv, summary.csv, manifest.json and charts, in a new folder.",
                "Observed ids match the model's indicator ids; national counts (referrals, cp_plans_at_31_march, ...) are compared "
                        + "with the simulated count scaled to the observed child_population_0_17. Figures that cannot be compared "
                        + "(unknown ids, years before the scenario starts, single authorities) are listed, on the terminal and in the manifest.",
                "The run is extended to the last observed year if needed; later years continue the last policy in force.",
                "A scenario of many authorities (england-national.yaml) with figures that name authorities (data/la_figures.csv) is fitted "
                        + "by authority: each against its own rows, counts as rates per 10,000 of its children; fit.csv gains an authority column.",
                "With --posterior (a posterior.csv from cpsim calibrate), replication r runs with particle values drawn by weight, so "
                        + "the interval covers the parameters' uncertainty as well as the model's randomness: a posterior predictive check.",
                "With --discrepancy (discrepancy.csv of a pooled cpsim calibrate), a by-authority fit widens each interval by how far, "
                        + "beyond the model's randomness, the authorities' figures lie from the model: the interval for a year not yet seen."},
        footer = {"", "Examples:",
                "  cpsim fit scenarios/england-calibrated.yaml --observed data/england_cin_timeseries.csv \\",
                "      --observed data/workforce_and_costs.csv",
                "  cpsim fit scenarios/england-calibrated.yaml --observed later_years.csv --replications 40",
                "  cpsim fit scenarios/england-calibrated.yaml --observed later_years.csv \\",
                "      --posterior scenarios/calibration/england-posterior.csv --replications 100",
                "  cpsim fit scenarios/trials/knowsley.yaml --observed data/trial_authority_figures.csv --authority Knowsley",
                "  cpsim fit scenarios/england-national.yaml --observed data/la_figures.csv --replications 2   # every authority against its own",
                "  cpsim fit scenarios/england-national.yaml --observed later_la_years.csv --replications 2 \\",
                "      --discrepancy scenarios/calibration/authority-discrepancy.csv",
                "  cpsim fit scenarios/england-baseline.yaml --observed data/england_cin_timeseries.csv --set population.children=20000"})
final class FitCommand implements Callable<Integer> {
    private final ReplicationExecutor executor;
    private final Path workingDirectory;

    @Mixin ScenarioArguments scenario;

    @Option(names = "--observed", paramLabel = "FILE", required = true,
            description = "Observed figures, a CSV with at least indicator,year,value (repeatable).")
    List<Path> observed = new ArrayList<>();

    @Mixin ReplicationOptions replicationOptions = new ReplicationOptions(20, 2);

    @Option(names = "--authority", paramLabel = "NAME",
            description = "Compare one authority's figures (rows whose authority column is NAME; case, spaces, hyphens and & do not matter), "
                    + "its counts scaled by its own child_population_0_17, instead of England's; with a scenario of many authorities, "
                    + "that authority's own run.")
    String authority;

    @Option(names = "--posterior", paramLabel = "FILE",
            description = "A posterior sample (posterior.csv of cpsim calibrate): each replication draws a particle by weight and runs with its values.")
    Path posterior;

    @Option(names = "--discrepancy", paramLabel = "FILE",
            description = "With a fit by authority: each indicator's extra sd on the log scale (discrepancy.csv of a pooled cpsim calibrate), "
                    + "combined with the replications' interval, so the interval covers the model's misfit across authorities as well.")
    Path discrepancy;

    @Mixin OutputOption out;

    @Spec
    CommandSpec spec;

    FitCommand(ReplicationExecutor executor, Path workingDirectory) {
        this.executor = executor;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() throws Exception {
        int replications = replicationOptions.count();
        List<ObservedData> data = new ArrayList<>();
        for (Path p : observed) data.add(ObservedData.read(workingDirectory.resolve(p)));

        Path file = workingDirectory.resolve(scenario.file);
        List<Assignment> assignments = new ArrayList<>(scenario.assignments());
        ResolvedScenario resolved = ScenarioLoader.load(file, assignments);
        DiscrepancyFile misfit = discrepancy == null ? null : DiscrepancyFile.read(workingDirectory.resolve(discrepancy));
        if (AuthorityFit.applies(resolved.scenario(), data)) {
            return FitByAuthority.run(spec, executor, workingDirectory, file, assignments, resolved, data,
                    new FitByAuthority.Settings(replications, replicationOptions.seed(), replicationOptions.threads(), posterior, misfit, out, authority));
        }
        if (misfit != null) {
            throw new ParameterException(spec.commandLine(), "--discrepancy is for a fit by authority (a scenario of many authorities and figures "
                    + "that name them): a national figure is a sum over authorities, whose misfits largely cancel");
        }
        if (authority != null) {
            AuthorityName.missingFrom(data, authority).ifPresent(why -> {
                throw new ParameterException(spec.commandLine(), "no observed figures for authority '" + authority + "'; " + why);
            });
        }
        ObservedTargets targets = ObservedTargets.match(data, Fit.firstYear(resolved.scenario()), null, authority);
        if (targets.targets().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            Fit.print(err, List.of(), targets.unmatched());
            throw new ParameterException(spec.commandLine(), "none of the observed figures can be compared with this scenario (see above)");
        }
        Assignment extension = Fit.extendThrough(resolved.scenario(), targets.lastYear(), "fit: extended to the last observed year " + targets.lastYear());
        if (extension != null) {
            assignments.add(extension);
            resolved = ScenarioLoader.load(file, assignments);
        }

        FitRuns runs = FitRuns.prepare(posterior == null ? null : workingDirectory.resolve(posterior), replicationOptions.seed(),
                replications, file, assignments);

        Path target = out.folder(workingDirectory, "fit-" + resolved.name());
        Provenance provenance = Provenance.begin(Invocation.of(spec), replicationOptions.seed(), replications, replicationOptions.threads());
        List<FitRow> rows;
        try (OutputFolder folder = OutputFolder.begin(target); PeakHeap heap = new PeakHeap(); ConsoleProgress progress = ConsoleProgress.forConsole("replications")) {
            List<RunResult> results = runs.run(executor, resolved.scenario(), replicationOptions.seed(), replications,
                    replicationOptions.threads(), progress, heap);
            rows = Fit.rows(targets, results);
            Path staging = folder.staging();
            TextFile.write(staging.resolve(Fit.FILE_NAME), w -> Fit.write(w, rows));
            SummaryCsv.write(staging.resolve(SummaryCsv.FILE_NAME), Summaries.of(results));
            long events = results.stream().mapToLong(RunResult::events).sum();
            Manifest run = new Manifest(provenance.finished(), resolved, heap.bytes(), events);
            Map<String, Object> manifest = FitManifest.of(run, data, targets, List.of(Fit.FILE_NAME, SummaryCsv.FILE_NAME, Manifest.FILE_NAME));
            runs.recordIn(manifest);
            FitManifest.write(staging.resolve(Manifest.FILE_NAME), manifest);
            folder.commit();
        }
        DefaultCharts.writeFor(target);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(target);
        Fit.print(stdout, rows, targets.unmatched());
        stdout.flush();
        return Cpsim.OK;
    }
}
