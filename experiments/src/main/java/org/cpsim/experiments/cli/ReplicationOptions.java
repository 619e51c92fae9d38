package org.cpsim.experiments.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --replications}, {@code --seed} and {@code --threads}: how many runs of each scenario, the
 * master seed they derive their streams from, and how many run at once. The verb chooses the default
 * number and the least it can use (an interval needs two).
 */
final class ReplicationOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec command;

    private final int minimum;

    // No defaultValue: picocli takes the field's initial value, set by the verb, as the default (and shows it).
    // So each verb makes its own instance: @Mixin ReplicationOptions replicationOptions = new ReplicationOptions(20, 2);
    @Option(names = "--replications", paramLabel = "N", description = "Replications of each scenario (default: ${DEFAULT-VALUE}).")
    private int replications;

    @Mixin
    private ThreadsOption threads;

    @Option(names = "--seed", paramLabel = "N", description = "Master random seed (default: ${DEFAULT-VALUE}); several scenarios share it (common random numbers).")
    private long seed = 1;

    /**
     * @param byDefault replications when {@code --replications} is not given
     * @param minimum   the fewest the verb can use: 2 where it reports an interval
     */
    ReplicationOptions(int byDefault, int minimum) {
        this.replications = byDefault;
        this.minimum = minimum;
    }

    int count() {
        if (replications < minimum) {
            throw new ParameterException(command.commandLine(), "--replications must be at least " + minimum
                    + (minimum > 1 ? " for an interval" : "") + ", got " + replications);
        }
        return replications;
    }

    long seed() { return seed; }

    int threads() { return threads.count(command); }
}
