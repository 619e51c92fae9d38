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
import org.cpsim.experiments.calibration.PooledCalibration;
import org.cpsim.experiments.calibration.PooledCsv;
import org.cpsim.experiments.calibration.PooledManifest;
import org.cpsim.experiments.calibration.PooledProblem;
import org.cpsim.experiments.calibration.Target;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.CalibrationLoader;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.output.Json;
import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.output.TextFile;
import org.cpsim.experiments.report.DefaultCharts;
import org.cpsim.experiments.runner.ReplicationRunner;
import org.cpsim.experiments.runner.SweepExecutor;
import org.cpsim.experiments.runner.SweepExecutors;
import org.cpsim.experiments.sweep.SweepFolder;
import org.cpsim.experiments.sweep.SweepIdentity;
import org.cpsim.model.metrics.RunResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpsim calibrate}: estimate scenario values from observed figures, by ABC-SMC or CMA-ES; parallel, reproducible, resumable. */
@Command(name = "calibrate",
        header = "Estimate values from observed figures (ABC-SMC or CMA-ES).",
        mixinStandardHelpOptions = true,
        description = {"Estimate a scenario's values from observed figures, as a calibration file says (scenario, parameters with priors, "
                + "observed files, years, indicators with weights, replications, seed, and method abc_smc or cmaes); or every authority's "
                + "local parameters at once, partially pooled (method pooled: levels.csv).",
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

    @Mixin ResumableOutputOption out;

    /** --executor and its options, and --threads: a pooled calibration's runs go through a sweep executor. */
    @Mixin ExecutorOptions executor;

    @Spec
    CommandSpec spec;

    private final SweepExecutors executors;

    CalibrateCommand(SweepExecutors executors, Path workingDirectory) {
        this.executors = executors;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() throws Exception {
        int threadCount = executor.threads();
        CalibrationSpec calibration = CalibrationLoader.load(workingDirectory.resolve(file));
        if (calibration.method() instanceof Method.Pooled) return pooled(calibration, threadCount);
        if (!executor.isPlainLocal()) {
            throw new ParameterException(spec.commandLine(), "--executor: only a pooled calibration (method: pooled) runs on another executor; "
                    + calibration.method().spelling() + " runs on local threads");
        }
        CalibrationProblem problem = CalibrationProblem.of(calibration);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        for (String note : problem.notes()) err.println(note);
        err.flush();

        Path target = out.folder(workingDirectory, calibration.name());
        SweepIdentity identity = identity(problem);
        Provenance provenance = Provenance.begin(Invocation.of(spec), calibration.seed(), calibration.replications(), threadCount);
        try (SweepFolder folder = SweepFolder.open(target, identity, "manifest.json")) {
            if (alreadyComplete(folder, target, stdout, err)) return Cpsim.OK;
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

    /** A pooled calibration of every authority: runs on the executor asked for, resumable like the others. */
    private Integer pooled(CalibrationSpec calibration, int threadCount) throws Exception {
        SweepExecutor runs = executor.create(executors);
        PooledProblem problem = PooledProblem.of(calibration);
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        for (String note : problem.notes()) err.println(note);
        err.flush();
        Path target = out.folder(workingDirectory, calibration.name());
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (PooledProblem.Authority a : problem.authorities()) {
            digest.update((a.name() + "=" + a.children() + ":" + java.util.Arrays.toString(a.observed()) + "\n").getBytes(StandardCharsets.UTF_8));
        }
        SweepIdentity identity = new SweepIdentity(calibration.file().toString(), calibration.sha256(), problem.base().sha256(), calibration.seed(),
                "calibration pooled", HexFormat.of().formatHex(digest.digest()));
        Provenance provenance = Provenance.begin(Invocation.of(spec), calibration.seed(), calibration.replications(), threadCount);
        try (SweepFolder folder = SweepFolder.open(target, identity, "manifest.json")) {
            if (alreadyComplete(folder, target, stdout, err)) return Cpsim.OK;
            err.printf(Locale.ROOT, "pooled calibration: %d authorities, %d local parameters, %d iterations, %d replications, on %s%n",
                    problem.authorities().size(), problem.dimensions(), ((Method.Pooled) calibration.method()).iterations(), calibration.replications(), executor.name());
            err.flush();
            PooledCalibration.Result result = new PooledCalibration(problem, runs, folder.journal(), err).run();
            PooledCalibration.Iteration last = result.estimate();
            String shown = file.toString().replace('\\', '/');
            folder.write(PooledCsv.LEVELS, TextFile.content(w -> PooledCsv.levels(w, problem, last, shown)));
            folder.write(PooledCsv.POSTERIOR, TextFile.content(w -> PooledCsv.posterior(w, problem, last)));
            folder.write(PooledCsv.FIT, TextFile.content(w -> PooledCsv.fit(w, problem, last)));
            folder.write(PooledCsv.DIAGNOSTICS, TextFile.content(w -> PooledCsv.diagnostics(w, problem, result)));
            folder.write(PooledCsv.ELASTICITIES, TextFile.content(w -> PooledCsv.elasticities(w, problem, last)));
            folder.write(PooledCsv.DISCREPANCY, TextFile.content(w -> PooledCsv.discrepancy(w, problem, last, shown)));
            List<String> files = List.of(PooledCsv.LEVELS, PooledCsv.POSTERIOR, PooledCsv.FIT, PooledCsv.DIAGNOSTICS, PooledCsv.ELASTICITIES,
                    PooledCsv.DISCREPANCY, "manifest.json");
            PooledManifest manifest = new PooledManifest(provenance.finished(), problem, identity, executor.name(), result, files);
            folder.write("manifest.json", Json.content(manifest.toMap()));
            folder.finish();
            stdout.println(target);
            stdout.printf(Locale.ROOT, "estimate: iteration %d (least objective); ", last.index());
            stdout.printf(Locale.ROOT, "median absolute error over every authority's figures: %.1f%%%n",
                    100 * PooledCalibration.medianAbsoluteError(problem, last.simulated(), List.of()));
            for (String g : problem.groups()) {
                stdout.printf(Locale.ROOT, "  %-28s %.1f%%%n", g, 100 * PooledCalibration.medianAbsoluteError(problem, last.simulated(), List.of(g)));
            }
            for (int j = 0; j < problem.dimensions(); j++) {
                stdout.printf(Locale.ROOT, "%s (%s): multipliers' sd between authorities %.3f (log), national offset asked %+.3f (log)%n",
                        calibration.local().get(j).name(), calibration.local().get(j).level() != null ? "authority level" : calibration.local().get(j).path(), Math.sqrt(last.step().sigma()[j][j]), last.step().nationalOffset()[j]);
            }
            stdout.flush();
        }
        return Cpsim.OK;
    }

    /** Says so when the folder holds this calibration finished already, or that it resumes one begun. */
    private static boolean alreadyComplete(SweepFolder folder, Path target, PrintWriter stdout, PrintWriter err) {
        if (folder.state() == SweepFolder.State.COMPLETE) {
            stdout.println(target + ": already complete (the same calibration, file and seed)");
            stdout.flush();
            return true;
        }
        if (folder.state() == SweepFolder.State.RESUMED) err.println("resuming the calibration in " + target);
        return false;
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
        List<Assignment> assignments = fitOverrides(spec);
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

    /**
     * The overrides the closing fit runs with: all but those naming a calibrated path. An override of a calibrated
     * path is where the search starts (a CMA-ES calibration's start); left in, it would set the estimate back to
     * the start, and the fit would show the starting point, not the estimate.
     */
    static List<Assignment> fitOverrides(CalibrationSpec spec) {
        java.util.Set<String> calibrated = new java.util.HashSet<>();
        for (var p : spec.parameters()) calibrated.add(p.path());
        return new ArrayList<>(spec.overrides().stream().filter(a -> !calibrated.contains(a.path())).toList());
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
