package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.calibration.AuthorityFit;
import org.cpsim.experiments.calibration.Fit;
import org.cpsim.experiments.calibration.FitManifest;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.AuthorityName;
import org.cpsim.experiments.io.DiscrepancyFile;
import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.output.AuthoritiesCsv;
import org.cpsim.experiments.output.Manifest;
import org.cpsim.experiments.output.OutputFolder;
import org.cpsim.experiments.output.PeakHeap;
import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.output.Summaries;
import org.cpsim.experiments.output.SummaryCsv;
import org.cpsim.experiments.output.TextFile;
import org.cpsim.experiments.report.DefaultCharts;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.model.metrics.RunResult;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * {@code cpsim fit} of a multi-authority scenario against figures with an authority column: each
 * authority beside its own figures ({@link AuthorityFit}). The run is as for a national fit: extended to
 * the last observed year with the last policy in force, with {@code --posterior} drawing a particle per
 * replication. Writes fit.csv (by authority), authorities.csv (each authority's indicators), summary.csv
 * (national), manifest.json and one chart per indicator of observed against simulated across the authorities.
 */
final class FitByAuthority {
    /** What the fit command was asked for; {@code only} an authority to compare alone, or null for all. */
    record Settings(int replications, long seed, int threads, Path posterior, DiscrepancyFile discrepancy, OutputOption out, String only) {}

    private FitByAuthority() {}

    static int run(CommandSpec spec, ReplicationExecutor executor, Path workingDirectory, Path file, List<Assignment> given,
                   ResolvedScenario resolved, List<ObservedData> data, Settings s) throws Exception {
        List<Assignment> assignments = new ArrayList<>(given);
        if (s.only() != null && resolved.scenario().initial().authorities().stream().noneMatch(a -> AuthorityName.key(a.name()).equals(AuthorityName.key(s.only())))) {
            throw new ParameterException(spec.commandLine(), "the scenario runs no authority '" + s.only() + "'; its authorities are in its authorities list");
        }
        AuthorityFit.Plan plan = AuthorityFit.match(data, resolved.scenario(), s.only());
        if (plan.targets().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            AuthorityFit.print(err, List.of(), plan.unmatched());
            throw new ParameterException(spec.commandLine(), "none of the observed figures can be compared with this scenario's authorities (see above)");
        }
        Assignment extension = Fit.extendThrough(resolved.scenario(), plan.lastYear(), "fit: extended to the last observed year " + plan.lastYear());
        if (extension != null) {
            assignments.add(extension);
            resolved = ScenarioLoader.load(file, assignments);
        }
        FitRuns runs = FitRuns.prepare(s.posterior() == null ? null : workingDirectory.resolve(s.posterior()), s.seed(),
                s.replications(), file, assignments);

        Path target = s.out().folder(workingDirectory, "fit-" + resolved.name());
        Provenance provenance = Provenance.begin(Invocation.of(spec), s.seed(), s.replications(), s.threads());
        List<AuthorityFit.Row> rows;
        try (OutputFolder folder = OutputFolder.begin(target); PeakHeap heap = new PeakHeap();
             ConsoleProgress progress = ConsoleProgress.forConsole("replications")) {
            List<RunResult> results = runs.run(executor, resolved.scenario(), s.seed(), s.replications(), s.threads(), progress, heap);
            rows = AuthorityFit.rows(plan, results, s.discrepancy() == null ? Map.of() : s.discrepancy().extraSd());
            Path staging = folder.staging();
            TextFile.write(staging.resolve(Fit.FILE_NAME), w -> AuthorityFit.write(w, rows));
            List<String> files = new ArrayList<>(List.of(Fit.FILE_NAME, SummaryCsv.FILE_NAME));
            if (AuthoritiesCsv.writeIfAny(staging.resolve(AuthoritiesCsv.FILE_NAME), results)) files.add(AuthoritiesCsv.FILE_NAME);
            SummaryCsv.write(staging.resolve(SummaryCsv.FILE_NAME), Summaries.of(results));
            files.add(Manifest.FILE_NAME);
            long events = results.stream().mapToLong(RunResult::events).sum();
            Manifest run = new Manifest(provenance.finished(), resolved, heap.bytes(), events);
            Map<String, Object> manifest = FitManifest.of(run, data, plan.asTargets(), files);
            manifest.put("compared", compared(plan));
            manifest.put("byAuthority", Map.of("authorities", rows.stream().map(AuthorityFit.Row::authority).distinct().count(),
                    "how", "each authority of the scenario against its own rows (matched by name); a count as a rate per 10,000 children on "
                            + "the authority's observed child population of that year (else the nearest year's), its id + " + AuthorityFit.PER_10K));
            runs.recordIn(manifest);
            if (s.discrepancy() != null) {
                manifest.put("discrepancy", Map.of("file", s.discrepancy().file().toString(), "sha256", FitManifest.sha256(s.discrepancy().file()),
                        "extraSd", s.discrepancy().extraSd(),
                        "how", "each interval's sides, on the log scale, combined in quadrature with 1.96 x the indicator's extra sd"));
            }
            FitManifest.write(staging.resolve(Manifest.FILE_NAME), manifest);
            folder.commit();
        }
        DefaultCharts.writeFor(target);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(target);
        AuthorityFit.print(stdout, rows, plan.unmatched());
        stdout.flush();
        return Cpsim.OK;
    }

    private static Map<String, String> compared(AuthorityFit.Plan plan) {
        Map<String, String> how = new LinkedHashMap<>();
        for (AuthorityFit.AuthorityTarget t : plan.targets()) {
            String id = t.target().isCount() ? t.target().indicator() + AuthorityFit.PER_10K : t.target().indicator();
            how.putIfAbsent(id, t.target().isCount()
                    ? "a count as a rate: simulated " + t.target().model().id() + " x 10,000 / the authority's simulated children, against the observed count x 10,000 / its observed child_population_0_17"
                    : "as it is: " + t.target().model().id() + " of the authority");
        }
        return how;
    }
}
