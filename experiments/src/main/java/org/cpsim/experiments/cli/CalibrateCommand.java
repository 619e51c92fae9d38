package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cpsim.experiments.output.TextFile;
import org.cpsim.experiments.calibration.AbcSmc;
import org.cpsim.experiments.calibration.CalibratedScenario;
import org.cpsim.experiments.calibration.CalibrationCsv;
import org.cpsim.experiments.calibration.CalibrationManifest;
import org.cpsim.experiments.calibration.CalibrationProblem;
import org.cpsim.experiments.calibration.CalibrationSpec;
import org.cpsim.experiments.calibration.Cmaes;
import org.cpsim.experiments.calibration.Evaluation;
import org.cpsim.experiments.calibration.Evaluator;
import org.cpsim.experiments.calibration.Fit;
import org.cpsim.experiments.calibration.FitRow;
import org.cpsim.experiments.calibration.Identifiability;
import org.cpsim.experiments.calibration.Method;
import org.cpsim.experiments.calibration.ObservedTargets;
import org.cpsim.experiments.calibration.Particle;
import org.cpsim.experiments.calibration.Target;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.CalibrationLoader;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.output.Json;
import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.report.DefaultCharts;
import org.cpsim.experiments.runner.ReplicationRunner;
import org.cpsim.experiments.sweep.SweepFolder;
import org.cpsim.experiments.sweep.SweepIdentity;
import org.cpsim.model.metrics.RunResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpsim calibrate}: estimate scenario values from observed figures, by ABC-SMC or CMA-ES; parallel, reproducible, resumable. */
@Command(name = "calibrate",
        header = "Estimate values from observed figures (ABC-SMC or CMA-ES).",
        mixinStandardHelpOptions = true,
        description = {"Estimate a scenario's values from observed figures, as a calibration file says (scenario, parameters with priors, "
                + "observed files, years, indicators with weights, replications, seed, and method abc_smc or cmaes).",
                "Writes posterior.csv (ABC-SMC) or best.csv (CMA-ES), diagnostics.csv, identifiability.csv, the fitted scenario "
                        + "<scenario>-calibrated.yaml (it extends the original), its fit.csv, manifest.json and charts.",
                "Candidates run in parallel; the result depends only on the file and its seed, not on --threads. Every finished run is "
                        + "journalled: started again with the same command after a crash, it carries on where it stopped."},
        footer = {"", "Examples:",
                "  cpsim calibrate scenarios/calibration/england.yaml",
                "  nice -n 10 cpsim calibrate scenarios/calibration/england.yaml \\",
                "      --threads 2 --out output/england-calibration",
                "  cpsim validate output/england-calibration/england-baseline-calibrated.yaml"})
final class CalibrateCommand implements Callable<Integer> {
    private final Path workingDirectory;

    @Parameters(index = "0", paramLabel = "CALIBRATION", description = "Calibration YAML file.")
    Path file;

    @Mixin ThreadsOption threads;
    @Mixin ResumableOutputOption out;

    @Spec
    CommandSpec spec;

    CalibrateCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() throws Exception {
        int threadCount = threads.count();
        CalibrationSpec calibration = CalibrationLoader.load(workingDirectory.resolve(file));
        CalibrationProblem problem = CalibrationProblem.of(calibration);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        for (String note : problem.notes()) err.println(note);
        err.flush();

        Path target = out.folder(workingDirectory, calibration.name());
        SweepIdentity identity = identity(problem);
        Provenance provenance = Provenance.begin(Invocation.of(spec), calibration.seed(), calibration.replications(), threadCount);
        try (SweepFolder folder = SweepFolder.open(target, identity, "manifest.json")) {
            if (folder.state() == SweepFolder.State.COMPLETE) {
                stdout.println(target + ": already complete (the same calibration, file and seed)");
                stdout.flush();
                return Cpsim.OK;
            }
            if (folder.state() == SweepFolder.State.RESUMED) err.println("resuming the calibration in " + target);
            Outcome outcome = estimate(problem, folder, threadCount, err);

            String yamlName = CalibratedScenario.fileName(problem.base().name());
            String yaml = CalibratedScenario.text(problem, outcome.estimate(), target, file.toString().replace('\\', '/'), outcome.kind(), LocalDate.now());
            folder.write(yamlName, o -> o.write(yaml.getBytes(StandardCharsets.UTF_8)));
            List<FitRow> rows = fit(problem, target.resolve(yamlName), threadCount);
            folder.write(Fit.FILE_NAME, TextFile.content(w -> Fit.write(w, rows)));

            List<String> files = new ArrayList<>(outcome.files());
            files.addAll(List.of(yamlName, Fit.FILE_NAME, "manifest.json"));
            CalibrationManifest manifest = new CalibrationManifest(provenance.finished(),
                    problem, identity, outcome.replayed(), outcome.now(), outcome.estimate(), outcome.distance(),
                    outcome.kind(), outcome.stopped(), yamlName, files);
            folder.write("manifest.json", Json.content(manifest.toMap()));
            folder.finish();

            DefaultCharts.writeFor(target);
            stdout.println(target);
            stdout.printf(Locale.ROOT, "%s (%s), distance %.4g:%n", outcome.kind(), calibration.method().spelling(), outcome.distance());
            for (int j = 0; j < problem.dimensions(); j++) {
                stdout.printf(Locale.ROOT, "  %s = %s%s%n", calibration.parameters().get(j).path(), CalibratedScenario.format(outcome.estimate()[j]),
                        outcome.identifiability().isEmpty() ? "" : "  (" + outcome.identifiability().get(j) + ")");
            }
            stdout.println("fit of " + yamlName + " (" + calibration.fitReplications() + " replications):");
            Fit.print(stdout, rows, List.of());
            stdout.flush();
        }
        return Cpsim.OK;
    }

    /** What a method produced, in the form the command writes. */
    private record Outcome(double[] estimate, double distance, String kind, String stopped, List<String> files, List<String> identifiability,
                           int replayed, int now) {}

    private static Outcome estimate(CalibrationProblem problem, SweepFolder folder, int threads, PrintWriter log) throws Exception {
        Method method = problem.spec().method();
        if (method instanceof Method.AbcSmc abc) {
            try (Evaluator evaluator = new Evaluator(problem, folder.journal(), abc.maxProposals(), abc.generations(), threads)) {
                AbcSmc.Result result = AbcSmc.run(problem, abc, evaluator, log);
                AbcSmc.Generation last = result.last();
                folder.write(CalibrationCsv.POSTERIOR, TextFile.content(w -> CalibrationCsv.posterior(w, problem, last)));
                folder.write(CalibrationCsv.DIAGNOSTICS, TextFile.content(w -> CalibrationCsv.abcDiagnostics(w, problem, result.generations())));
                folder.write(CalibrationCsv.IDENTIFIABILITY, TextFile.content(w -> CalibrationCsv.abcIdentifiability(w, problem, last)));
                double[] weights = last.particles().stream().mapToDouble(Particle::weight).toArray();
                List<Identifiability.Row> rows = Identifiability.of(problem, last.particles(), weights);
                double[] mean = rows.stream().mapToDouble(Identifiability.Row::posteriorMean).toArray();
                List<String> readings = rows.stream().map(r -> String.format(Locale.ROOT, "90%% interval %s to %s, sd ratio %.2f: %s",
                        CalibratedScenario.format(r.ci90Low()), CalibratedScenario.format(r.ci90High()), r.sdRatio(), r.reading())).toList();
                double distance = problem.distance(meanOfMeans(last));
                String kind = "posterior mean of " + last.particles().size() + " particles, generation " + last.index();
                return new Outcome(mean, distance, kind, result.stopped(),
                        List.of(CalibrationCsv.POSTERIOR, CalibrationCsv.DIAGNOSTICS, CalibrationCsv.IDENTIFIABILITY), readings,
                        evaluator.runsReplayed(), evaluator.runsNow());
            }
        }
        Method.Cmaes cmaes = (Method.Cmaes) method;
        int stride = Math.max(cmaes.population(), 2 * problem.dimensions());
        try (Evaluator evaluator = new Evaluator(problem, folder.journal(), stride, cmaes.iterations() + 2, threads)) {
            Cmaes.Result result = Cmaes.run(problem, cmaes, evaluator, log);
            Evaluation best = result.best();
            List<Cmaes.Step> steps = Cmaes.sensitivity(problem, cmaes, evaluator, best);
            folder.write(CalibrationCsv.BEST, TextFile.content(w -> CalibrationCsv.best(w, problem, best)));
            folder.write(CalibrationCsv.DIAGNOSTICS, TextFile.content(w -> CalibrationCsv.cmaesDiagnostics(w, problem, result)));
            folder.write(CalibrationCsv.IDENTIFIABILITY, TextFile.content(w -> CalibrationCsv.cmaesIdentifiability(w, problem, best, steps)));
            List<String> readings = steps.stream().map(s -> String.format(Locale.ROOT, "distance %.4g / %.4g one step down / up",
                    s.minus().distance(), s.plus().distance())).toList();
            String kind = "best of " + (1 + result.iterations().stream().mapToInt(i -> i.candidates().size()).sum()) + " candidates";
            return new Outcome(best.values(), best.distance(), kind, null,
                    List.of(CalibrationCsv.BEST, CalibrationCsv.DIAGNOSTICS, CalibrationCsv.IDENTIFIABILITY), readings,
                    evaluator.runsReplayed(), evaluator.runsNow());
        }
    }

    /** The distance of the posterior as a whole: of the weighted mean of the particles' simulated means. */
    private static double[] meanOfMeans(AbcSmc.Generation g) {
        int k = g.particles().get(0).evaluation().means().length;
        double[] m = new double[k];
        for (Particle p : g.particles()) for (int t = 0; t < k; t++) m[t] += p.weight() * p.evaluation().means()[t];
        return m;
    }

    /**
     * The fitted scenario (the file just written, with the calibration's overrides) against every observed figure of the
     * calibration's files that the model can be compared with, extended to the last of them.
     */
    private static List<FitRow> fit(CalibrationProblem problem, Path calibrated, int threads) {
        CalibrationSpec spec = problem.spec();
        List<Assignment> assignments = new ArrayList<>(spec.overrides());
        ResolvedScenario resolved = ScenarioLoader.load(calibrated, assignments);
        ObservedTargets targets = ObservedTargets.match(problem.data(), Fit.firstYear(resolved.scenario()), null, problem.spec().authority());
        Assignment extension = Fit.extendThrough(resolved.scenario(), targets.lastYear(), "fit: extended to the last observed year " + targets.lastYear());
        if (extension != null) {
            assignments.add(extension);
            resolved = ScenarioLoader.load(calibrated, assignments);
        }
        List<RunResult> runs = ReplicationRunner.run(resolved.scenario(), spec.seed(), spec.fitReplications(), threads, null);
        // Only the indicators calibrated, so the fit shows what the calibration was asked to match.
        List<Target> kept = targets.targets().stream().filter(t -> spec.weights().containsKey(t.indicator())).toList();
        return Fit.rows(new ObservedTargets(kept, List.of()), runs);
    }

    /** What a resumed calibration must match: the file, the resolved base scenario, the seed, the method and the observed figures. */
    private static SweepIdentity identity(CalibrationProblem problem) throws Exception {
        CalibrationSpec spec = problem.spec();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Target t : problem.targets()) digest.update((t.label() + "=" + t.observed() + "\n").getBytes(StandardCharsets.UTF_8));
        return new SweepIdentity(spec.file().toString(), spec.sha256(), problem.base().sha256(), spec.seed(), "calibration " + spec.method().spelling(),
                HexFormat.of().formatHex(digest.digest()));
    }
}
