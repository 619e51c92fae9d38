package org.cpsim.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.cpsim.experiments.output.AtomicFile;
import org.cpsim.experiments.output.TextFile;
import org.cpsim.experiments.io.SweepLoader;
import org.cpsim.experiments.runner.SweepExecutor;
import org.cpsim.experiments.runner.SweepExecutors;
import org.cpsim.experiments.sensitivity.SensitivityAnalysis;
import org.cpsim.experiments.sensitivity.SensitivityCsv;
import org.cpsim.experiments.sensitivity.SensitivityIndex;
import org.cpsim.experiments.sweep.Parameter;
import org.cpsim.experiments.sweep.SweepPlan;
import org.cpsim.experiments.sweep.SweepRun;
import org.cpsim.experiments.sweep.SweepSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpsim sensitivity}: which uncertainties of a sweep file matter most to its outcomes. */
@Command(name = "sensitivity",
        header = "Which uncertainties matter most (Morris or Sobol'); resumable.",
        mixinStandardHelpOptions = true,
        description = {"Global sensitivity of a sweep file's outcomes to its uncertainties (parameters of kind uncertainty, with min and max); "
                + "levers and the rest keep the scenario's values. Each point is the mean of the sweep file's replications, with common random numbers.",
                "morris: elementary effects along random trajectories (mu*, mu, sigma, in outcome units per full range of the parameter). "
                        + "sobol: first-order (S1) and total (ST) indices by Saltelli's scheme with Jansen's estimator. Intervals are 95%% bootstrap.",
                "Writes sensitivity.csv (outcome, parameter, method, index, value, ci_low, ci_high, rank), runs.csv, points.csv and manifest.json; "
                        + "runs like cpsim sweep, so it is parallel and resumes after a crash."},
        footer = {"", "Examples:",
                "  cpsim sensitivity scenarios/sweeps/workforce-uncertainty.yaml \\",
                "      --method morris --trajectories 10",
                "  cpsim sensitivity scenarios/sweeps/workforce-uncertainty.yaml \\",
                "      --method sobol --samples 64 --threads 2"})
final class SensitivityCommand implements Callable<Integer> {
    /** Campolongo et al. (2007): 10 to 20 trajectories usually suffice to screen a handful of parameters. */
    static final int DEFAULT_TRAJECTORIES = 10;
    static final int DEFAULT_LEVELS = 4;
    /** A power of two, as the Sobol' sequence prefers; raise it until the intervals are narrow enough. */
    static final int DEFAULT_SAMPLES = 64;

    private final SweepExecutors executors;
    private final Path workingDirectory;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep YAML file (its design is not used).")
    Path file;

    @Option(names = "--method", required = true, paramLabel = "morris|sobol", description = "morris (screening, cheap) or sobol (variance shares, costly).")
    String method;

    @Option(names = "--trajectories", paramLabel = "N", description = "Morris trajectories, at least 2 (default: " + DEFAULT_TRAJECTORIES + "); k + 1 points each.")
    Integer trajectories;

    @Option(names = "--levels", paramLabel = "P", description = "Morris grid levels, even (default: " + DEFAULT_LEVELS + ").")
    Integer levels;

    @Option(names = "--samples", paramLabel = "N", description = "Sobol' base samples N, best a power of two (default: " + DEFAULT_SAMPLES + "); N (k + 2) points.")
    Integer samples;

    @Option(names = "--bootstrap", paramLabel = "N", defaultValue = "1000", description = "Bootstrap resamples for the intervals (default: ${DEFAULT-VALUE}).")
    int bootstrap;

    @Mixin ExecutorOptions executorOptions;
    @Mixin ResumableOutputOption out;

    @Spec
    CommandSpec spec;

    SensitivityCommand(SweepExecutors executors, Path workingDirectory) {
        this.executors = executors;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() throws Exception {
        if (bootstrap < 1) throw new ParameterException(spec.commandLine(), "--bootstrap must be at least 1, got " + bootstrap);
        SweepExecutor executor = executorOptions.create(executors);
        SweepSpec sweep = SweepLoader.load(workingDirectory.resolve(file));
        SensitivityAnalysis analysis = analysis(sweep);
        SweepPlan plan = SweepPlan.of(sweep, analysis.parameters(), analysis.points(), analysis.design());
        PrintWriter err = spec.commandLine().getErr();
        List<String> held = new ArrayList<>();
        for (Parameter p : sweep.parameters()) if (!analysis.parameters().contains(p)) held.add(p.path());
        if (!held.isEmpty()) err.println("note: a sensitivity analysis varies only the uncertainties; held at the scenario's value: " + String.join(", ", held));

        Path target = out.folder(workingDirectory, sweep.name() + "-" + analysis.methodName());
        List<SensitivityIndex> indices = new ArrayList<>();
        SweepSession.Results results = new SweepSession.Results() {
            @Override
            public Map<String, AtomicFile.Content> files(SweepRun run) {
                indices.addAll(analysis.analyse(plan, run.records()));
                return Map.of(SensitivityCsv.FILE_NAME, TextFile.content(w -> SensitivityCsv.write(w, indices)));
            }

            @Override
            public Map<String, Object> analysis() {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("method", analysis.methodName());
                m.put("design", analysis.design());
                m.put("parameters", analysis.parameters().stream().map(Parameter::path).toList());
                m.put("heldAtScenarioValue", held);
                m.put("pointOutcome", "mean over the replications with a value");
                m.put("rankedBy", analysis.rankingIndex());
                return m;
            }
        };
        SweepRun run = SweepSession.run(plan, target, executor, executorOptions.name(), executorOptions.threads(), Invocation.of(spec), err, results);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println(target);
        if (run == null) {
            stdout.println("already complete: this analysis's results are in " + target + " (choose another --out to run it again)");
        } else {
            stdout.printf("%s: %d points x %d replications = %d runs (%d done by an earlier process)%n", analysis.design(),
                    plan.points().size(), sweep.replications(), plan.runs(), run.earlier());
            ranking(stdout, indices, analysis.rankingIndex());
        }
        stdout.flush();
        return Cpsim.OK;
    }

    private SensitivityAnalysis analysis(SweepSpec sweep) {
        switch (method.toLowerCase(Locale.ROOT)) {
            case "morris" -> {
                if (samples != null) throw new ParameterException(spec.commandLine(), "--samples is for --method sobol; morris takes --trajectories");
                int t = trajectories != null ? trajectories : DEFAULT_TRAJECTORIES;
                int l = levels != null ? levels : DEFAULT_LEVELS;
                if (t < 2) throw new ParameterException(spec.commandLine(), "--trajectories must be at least 2, got " + t);
                if (l < 2 || l % 2 != 0) throw new ParameterException(spec.commandLine(), "--levels must be even and at least 2, got " + l);
                return SensitivityAnalysis.morris(sweep, t, l, bootstrap);
            }
            case "sobol" -> {
                if (trajectories != null || levels != null) throw new ParameterException(spec.commandLine(), "--trajectories and --levels are for --method morris; sobol takes --samples");
                int n = samples != null ? samples : DEFAULT_SAMPLES;
                if (n < 2) throw new ParameterException(spec.commandLine(), "--samples must be at least 2, got " + n);
                return SensitivityAnalysis.sobol(sweep, n, bootstrap);
            }
            default -> throw new ParameterException(spec.commandLine(), "--method must be morris or sobol, got " + method);
        }
    }

    /** Per outcome, the parameters from most to least influential by the method's ranking index. */
    private static void ranking(PrintWriter out, List<SensitivityIndex> indices, String by) throws IOException {
        Map<String, List<SensitivityIndex>> byOutcome = new LinkedHashMap<>();
        for (SensitivityIndex i : indices) if (i.index().equals(by)) byOutcome.computeIfAbsent(i.outcome(), k -> new ArrayList<>()).add(i);
        for (var e : byOutcome.entrySet()) {
            out.printf("%n%s, ranked by %s (95%% bootstrap CI):%n", e.getKey(), by);
            List<SensitivityIndex> list = new ArrayList<>(e.getValue());
            list.sort((a, b) -> Integer.compare(a.rank() == 0 ? Integer.MAX_VALUE : a.rank(), b.rank() == 0 ? Integer.MAX_VALUE : b.rank()));
            int width = list.stream().mapToInt(i -> i.parameter().length()).max().orElse(0);
            for (SensitivityIndex i : list) {
                out.printf("  %s  %-" + width + "s  %12s  [%s, %s]%n", i.rank() == 0 ? "-" : Integer.toString(i.rank()), i.parameter(),
                        CompareCommand.number(i.value()), CompareCommand.number(i.ciLow()), CompareCommand.number(i.ciHigh()));
            }
        }
    }
}
