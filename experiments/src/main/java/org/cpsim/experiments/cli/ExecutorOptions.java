package org.cpsim.experiments.cli;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cpsim.experiments.runner.SweepExecutor;
import org.cpsim.experiments.runner.SweepExecutors;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --executor}, {@code --executor-option} and {@code --threads}: where and on how many threads a sweep's runs execute (sweep, sensitivity). */
final class ExecutorOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--executor", paramLabel = "NAME", defaultValue = "local", description = "Where runs execute (default: ${DEFAULT-VALUE}).")
    private String name;

    /**
     * Options belong to an executor (local takes none), so the command passes them through unread:
     * a new executor needs no new option here, and the local command line keeps no cluster options.
     */
    @Option(names = "--executor-option", paramLabel = "KEY=VALUE",
            description = "An option of the executor, repeatable; e.g. with --executor spark: master=spark://HOST:7077, "
                    + "spark.executor.memory=4g (see docs/SPARK.md). The local executor takes none.")
    private Map<String, String> options = new LinkedHashMap<>();

    String name() { return name; }

    int threads() { return threads.count(command); }

    SweepExecutor create(SweepExecutors executors) {
        try {
            return executors.create(name, threads(), options);
        } catch (IllegalArgumentException e) {
            // This jar leaves Spark out to stay small (the ./cpsim launcher switches to the spark module's jar when asked for it).
            String hint = name.equals("spark") && !executors.names().contains(name)
                    ? " (the ./cpsim launcher builds and runs it; or java -jar spark/target/cpsim-spark.jar: see docs/SPARK.md)" : "";
            throw new ParameterException(command.commandLine(), "--executor: " + e.getMessage() + hint);
        }
    }
}
