package org.cpsim.experiments.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads}: how many replications run at once. Shared by every verb that runs the model. */
final class ThreadsOption {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: all cores).")
    private Integer threads;

    /** The threads asked for, or the machine's cores; fewer than one is the user's error. */
    int count() {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new ParameterException(command.commandLine(), "--threads must be at least 1, got " + n);
        return n;
    }
}
