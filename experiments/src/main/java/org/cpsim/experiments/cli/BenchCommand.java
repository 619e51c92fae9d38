package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpsim.experiments.bench.BareSchedule;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.runner.ReplicationRunner;
import org.cpsim.model.Simulation;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cpsim bench}: how fast one authority runs, against MASON's bare schedule in the same JVM, and
 * how replications scale from one thread to all cores. A benchmark to rerun, never a test.
 */
@Command(name = "bench",
        header = "Time runs of one authority: wall time, events per second, heap.",
        mixinStandardHelpOptions = true,
        description = {"Benchmark one authority: median, min and max wall time per run on one thread after warm-up, "
                + "events per second, peak heap; MASON's bare schedule's events per second in the same JVM, as a ratio; "
                + "and replication throughput on all cores against one thread.",
                "Machines are noisy: quote medians and ratios, and run on an otherwise idle machine."},
        footer = {"", "Examples:",
                "  cpsim bench",
                "  cpsim bench --quick",
                "  cpsim bench --scenario scenarios/england-baseline.yaml --runs 15"})
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--scenario", paramLabel = "FILE", description = "Authority to run (default: scenarios/england-baseline.yaml).")
    Path scenarioFile;

    @Option(names = "--runs", paramLabel = "N", description = "Timed runs after warm-up (default: 7, or 3 with --quick).")
    Integer runs;

    @Option(names = "--quick", description = "Fewer runs and replications: a rough figure in about a minute.")
    boolean quick;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path file = scenarioFile != null ? scenarioFile
                : Path.of(System.getProperty("cpsim.projectRoot", ".")).resolve("scenarios/england-baseline.yaml");
        int timed = runs != null ? runs : quick ? 3 : 7;
        int warmUp = quick ? 2 : 4;
        // Ten simulated years: the reporting years with no warm-up, as the performance target states.
        Scenario tenYears = ScenarioLoader.load(file, List.of(new Assignment("calendar.warmUpYears", "0", "cpsim bench"),
                new Assignment("calendar.reportingYears", "10", "cpsim bench"))).scenario();
        Scenario asConfigured = ScenarioLoader.load(file).scenario();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

        out.printf("cpsim bench: %s, %d timed runs after %d warm-up runs, one thread%n", file, timed, warmUp);
        for (int i = 0; i < warmUp; i++) Simulation.run(tenYears, 1, 1000 + i);
        Timing ten = time(tenYears, timed, memory);
        Timing full = time(asConfigured, Math.max(3, timed / 2), memory);
        double bareSeconds = 0;
        long bareEvents = ten.events;
        double[] bare = new double[3];
        for (int i = 0; i < bare.length; i++) bare[i] = bareEvents / BareSchedule.run(bareEvents, 5000, 7 + i);
        Arrays.sort(bare);
        double bareRate = bare[1];
        double cpsimRate = ten.events / ten.median;

        out.printf("%n%-44s %10s %10s %10s %10s%n", "one authority, one thread", "median s", "min s", "max s", "cpu s");
        out.printf("%-44s %10.3f %10.3f %10.3f %10.3f%n", "10 simulated years (no warm-up)", ten.median, ten.min, ten.max, ten.cpuMedian);
        out.printf("%-44s %10.3f %10.3f %10.3f %10.3f%n", "as configured (" + (asConfigured.initial().calendar().warmUpYears()
                + asConfigured.initial().calendar().reportingYears()) + " simulated years)", full.median, full.min, full.max, full.cpuMedian);
        out.printf("%n%-44s %12d%n", "events per 10-year run", ten.events);
        out.printf("%-44s %12.0f%n", "cpsim events per second (median run)", cpsimRate);
        out.printf("%-44s %12.0f%n", "bare MASON schedule events per second", bareRate);
        out.printf("%-44s %12.2f%n", "ratio cpsim / bare MASON", cpsimRate / bareRate);
        out.printf("%-44s %12.1f MB%n", "peak heap used (sampled after runs)", ten.peakHeap / 1e6);

        int cores = Runtime.getRuntime().availableProcessors();
        int replications = quick ? 4 : 16;
        long t1 = System.nanoTime();
        ReplicationRunner.run(tenYears, 2, replications, 1, null);
        double one = (System.nanoTime() - t1) / 1e9;
        long tn = System.nanoTime();
        ReplicationRunner.run(tenYears, 2, replications, cores, null);
        double all = (System.nanoTime() - tn) / 1e9;
        out.printf("%n%d replications: %.2f s on 1 thread, %.2f s on %d threads: throughput x%.2f%n", replications, one, all, cores, one / all);
        out.flush();
        return Cpsim.OK;
    }

    /** Wall-clock and this thread's CPU seconds: CPU time is far less disturbed by other work on the machine. */
    private record Timing(double median, double min, double max, double cpuMedian, long events, long peakHeap) {}

    private static Timing time(Scenario scenario, int runs, MemoryMXBean memory) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        long events = 0;
        long peak = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            RunResult r = Simulation.run(scenario, 1, i);
            seconds[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            events = r.events();
            peak = Math.max(peak, memory.getHeapMemoryUsage().getUsed());
        }
        Arrays.sort(seconds);
        Arrays.sort(cpu);
        return new Timing(seconds[runs / 2], seconds[0], seconds[runs - 1], cpu[runs / 2], events, peak);
    }
}
