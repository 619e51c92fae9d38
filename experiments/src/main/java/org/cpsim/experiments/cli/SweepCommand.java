package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.cpsim.experiments.report.DefaultCharts;
import org.cpsim.experiments.report.IndicatorText;
import org.cpsim.experiments.report.ParameterLabel;
import org.cpsim.experiments.io.SweepLoader;
import org.cpsim.experiments.runner.SweepExecutor;
import org.cpsim.experiments.runner.SweepExecutors;
import org.cpsim.experiments.stats.Summary;
import org.cpsim.experiments.sweep.DesignPoint;
import org.cpsim.experiments.sweep.Parameter;
import org.cpsim.experiments.sweep.PointsCsv;
import org.cpsim.experiments.sweep.SweepPlan;
import org.cpsim.experiments.sweep.SweepRun;
import org.cpsim.experiments.sweep.SweepSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cpsim sweep}: every point of a sweep file's design, replicated, into a resumable folder. */
@Command(name = "sweep",
        header = "A scenario at every point of a design; resumable.",
        mixinStandardHelpOptions = true,
        description = {"Run a sweep file: its scenario at every point of its design (grid, latin_hypercube or list), each point "
                + "replicated with the same seed (common random numbers). Writes runs.csv (a row per point and replication), "
                + "points.csv (per point: mean and 95%% CI of each outcome) and manifest.json.",
                "Each finished run is journalled to disk at once: after a crash or kill, the same command carries on where it stopped, "
                        + "and the results are identical to an uninterrupted sweep on any number of threads."},
        footer = {"", "Examples:",
                "  cpsim sweep scenarios/sweeps/early-help-by-regime.yaml",
                "  cpsim sweep scenarios/sweeps/early-help-by-regime.yaml --threads 2",
                "  cpsim sweep my-sweep.yaml --out output/my-sweep-2",
                "  (after a crash: run the same command again to resume)"})
final class SweepCommand implements Callable<Integer> {
    /** Outcome means shown per point on the terminal; points.csv has them all. */
    private static final int SHOWN_OUTCOMES = 3;
    private static final int SHOWN_POINTS = 40;

    private final SweepExecutors executors;
    private final Path workingDirectory;

    @Parameters(index = "0", paramLabel = "SWEEP", description = "Sweep YAML file.")
    Path file;

    @Mixin ExecutorOptions executorOptions;
    @Mixin ResumableOutputOption out;

    @Spec
    CommandSpec spec;

    SweepCommand(SweepExecutors executors, Path workingDirectory) {
        this.executors = executors;
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() throws Exception {
        SweepExecutor executor = executorOptions.create(executors);
        SweepSpec sweep = SweepLoader.load(workingDirectory.resolve(file));
        SweepPlan plan = SweepPlan.sweep(sweep);
        Path target = out.folder(workingDirectory, sweep.name());
        PrintWriter stdout = spec.commandLine().getOut();
        SweepRun run = SweepSession.run(plan, target, executor, executorOptions.name(), executorOptions.threads(), Invocation.of(spec), spec.commandLine().getErr(), SweepSession.NONE);
        stdout.println(target);
        if (run == null) {
            stdout.println("already complete: this sweep's results are in " + target + " (choose another --out to run it again)");
        } else {
            stdout.printf("%d points x %d replications = %d runs (%d done by an earlier process)%n",
                    plan.points().size(), sweep.replications(), plan.runs(), run.earlier());
            table(stdout, plan, run);
            DefaultCharts.writeFor(target); // the sweep's response charts, once runs.csv and points.csv are in place
        }
        stdout.flush();
        return Cpsim.OK;
    }

    /**
     * The first points and outcomes, as a glance; points.csv has everything. Levers by their labels; as
     * many outcomes as fit {@link TerminalTable#WIDTH} columns (at least one).
     */
    private static void table(PrintWriter out, SweepPlan plan, SweepRun run) {
        List<String> ids = plan.spec().outcomes().ids();
        List<DesignPoint> points = plan.points().subList(0, Math.min(SHOWN_POINTS, plan.points().size()));
        List<List<Summary>> summaries = new ArrayList<>();
        for (DesignPoint p : points) summaries.add(PointsCsv.summaries(plan, run.records(), p.index()));
        List<String> lines = List.of();
        int shown = 0;
        for (int n = 1; n <= Math.min(SHOWN_OUTCOMES, ids.size()); n++) {
            List<String> candidate = lines(plan, points, summaries, n);
            if (n > 1 && candidate.stream().anyMatch(l -> l.length() > TerminalTable.WIDTH)) break;
            lines = candidate;
            shown = n;
        }
        out.println();
        for (String l : lines) out.println(l);
        if (plan.points().size() > SHOWN_POINTS || ids.size() > shown) out.println("(means over replications; all points and outcomes with 95% CIs in points.csv)");
        else out.println("(means over replications; 95% CIs in points.csv)");
    }

    private static List<String> lines(SweepPlan plan, List<DesignPoint> points, List<List<Summary>> summaries, int outcomes) {
        List<String> header = new ArrayList<>(List.of("point"));
        for (Parameter p : plan.parameters()) header.add(ParameterLabel.name(p.path()));
        for (String id : plan.spec().outcomes().ids().subList(0, outcomes)) header.add(IndicatorText.label(id));
        TerminalTable table = new TerminalTable().row(header);
        for (int k = 0; k < points.size(); k++) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(points.get(k).index())));
            row.addAll(points.get(k).values());
            List<Summary> s = summaries.get(k);
            for (int i = 0; i < outcomes; i++) row.add(Double.isNaN(s.get(i).mean()) ? "n/a" : String.format(Locale.ROOT, "%.1f", s.get(i).mean()));
            table.row(row);
        }
        return table.lines();
    }
}
