package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.calibration.AuthorityFit;
import org.cpsim.experiments.calibration.Fit;
import org.cpsim.experiments.calibration.FitManifest;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.AuthorityName;
import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.PosteriorFile;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.output.AuthoritiesCsv;
import org.cpsim.experiments.output.BuildInfo;
import org.cpsim.experiments.output.Manifest;
import org.cpsim.experiments.output.OutputFolder;
import org.cpsim.experiments.output.PeakHeap;
import org.cpsim.experiments.output.Summaries;
import org.cpsim.experiments.output.SummaryCsv;
import org.cpsim.experiments.report.DefaultCharts;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.model.config.Scenario;
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
    record Settings(int replications, long seed, int threads, Path posterior, Path out, String only) {}

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
        List<Scenario> draws = null;
        PosteriorFile sample = null;
        int[] particles = null;
        if (s.posterior() != null) {
            sample = PosteriorFile.read(workingDirectory.resolve(s.posterior()));
            particles = sample.draw(s.seed(), s.replications());
            draws = new ArrayList<>(s.replications());
            for (int r = 0; r < s.replications(); r++) {
                List<Assignment> withDraw = new ArrayList<>(assignments);
                withDraw.addAll(sample.assignments(particles[r]));
                draws.add(ScenarioLoader.load(file, withDraw).scenario());
            }
        }

        Path target = s.out() != null ? workingDirectory.resolve(s.out()) : OutputFolder.defaultFor(workingDirectory, "fit-" + resolved.name(), LocalDateTime.now());
        Instant start = Instant.now();
        List<AuthorityFit.Row> rows;
        try (OutputFolder folder = OutputFolder.begin(target); PeakHeap heap = new PeakHeap();
             ConsoleProgress progress = ConsoleProgress.forConsole("replications")) {
            progress.started(0, s.replications());
            List<RunResult> results = draws == null
                    ? executor.run(resolved.scenario(), s.seed(), s.replications(), s.threads(), n -> {
                        progress.done(n);
                        heap.sample();
                    })
                    : executor.runEach(draws, s.seed(), s.threads(), n -> {
                        progress.done(n);
                        heap.sample();
                    });
            if (results.size() != s.replications()) throw new IllegalStateException("asked for " + s.replications() + " replications, got " + results.size());
            rows = AuthorityFit.rows(plan, results);
            Path staging = folder.staging();
            try (Writer w = Files.newBufferedWriter(staging.resolve(Fit.FILE_NAME), StandardCharsets.UTF_8)) {
                AuthorityFit.write(w, rows);
            }
            List<String> files = new ArrayList<>(List.of(Fit.FILE_NAME, SummaryCsv.FILE_NAME));
            if (AuthoritiesCsv.writeIfAny(staging.resolve(AuthoritiesCsv.FILE_NAME), results)) files.add(AuthoritiesCsv.FILE_NAME);
            SummaryCsv.write(staging.resolve(SummaryCsv.FILE_NAME), Summaries.of(results));
            files.add(Manifest.FILE_NAME);
            long events = results.stream().mapToLong(RunResult::events).sum();
            Manifest run = new Manifest(BuildInfo.version(), BuildInfo.gitCommit(BuildInfo.projectRoot()), Invocation.of(spec), resolved, s.seed(),
                    s.replications(), s.threads(), start, Instant.now(), heap.bytes(), events);
            Map<String, Object> manifest = FitManifest.of(run, data, plan.asTargets(), files);
            manifest.put("compared", compared(plan));
            manifest.put("byAuthority", Map.of("authorities", rows.stream().map(AuthorityFit.Row::authority).distinct().count(),
                    "how", "each authority of the scenario against its own rows (matched by name); a count as a rate per 10,000 children on "
                            + "the authority's observed child population of that year (else the nearest year's), its id + " + AuthorityFit.PER_10K));
            if (sample != null) manifest.put("posterior", FitManifest.posterior(sample, particles));
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
