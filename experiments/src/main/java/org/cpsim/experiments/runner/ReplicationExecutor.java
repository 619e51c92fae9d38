package org.cpsim.experiments.runner;

import java.util.List;
import java.util.function.IntConsumer;

import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;

/**
 * Runs a scenario's replications. The command takes one of these rather than calling
 * {@link ReplicationRunner} directly, so its tests (and later a Spark executor) can stand in.
 */
@FunctionalInterface
public interface ReplicationExecutor {

    /** The real thing: replications on local threads. */
    ReplicationExecutor LOCAL = ReplicationRunner::run;

    /**
     * @param onDone called with the number of replications finished so far, possibly from other threads
     * @return one result per replication, in replication order
     */
    List<RunResult> run(Scenario scenario, long seed, int replications, int threads, IntConsumer onDone);
}
