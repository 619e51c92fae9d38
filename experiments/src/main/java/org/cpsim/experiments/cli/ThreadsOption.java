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
        return count(command);
    }

    /** The same, for a mixin that holds this one: its error names {@code verb}, the command the outer mixin is in. */
    int count(CommandSpec verb) {
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (n < 1) throw new ParameterException(verb.commandLine(), "--threads must be at least 1, got " + n);
        return n;
    }
}
