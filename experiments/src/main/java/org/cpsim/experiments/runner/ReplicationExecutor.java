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
    ReplicationExecutor LOCAL = new ReplicationExecutor() {
        @Override
        public List<RunResult> run(Scenario scenario, long seed, int replications, int threads, IntConsumer onDone) {
            return ReplicationRunner.run(scenario, seed, replications, threads, onDone);
        }

        @Override
        public List<RunResult> runEach(List<Scenario> scenarios, long seed, int threads, IntConsumer onDone) {
            return ReplicationRunner.runEach(scenarios, seed, threads, onDone);
        }
    };

    /**
     * @param onDone called with the number of replications finished so far, possibly from other threads
     * @return one result per replication, in replication order
     */
    List<RunResult> run(Scenario scenario, long seed, int replications, int threads, IntConsumer onDone);

    /**
     * Scenario r as replication r of {@code seed}, for every r: what a posterior predictive check runs
     * (each replication with its own parameter draw). Element r is what {@link #run} would give as
     * replication r of scenario r. This default runs them one after another, each with the replications
     * before it; {@link #LOCAL} runs just the one, in parallel.
     */
    default List<RunResult> runEach(List<Scenario> scenarios, long seed, int threads, IntConsumer onDone) {
        List<RunResult> out = new java.util.ArrayList<>(scenarios.size());
        for (int r = 0; r < scenarios.size(); r++) {
            out.add(run(scenarios.get(r), seed, r + 1, 1, null).get(r));
            if (onDone != null) onDone.accept(r + 1);
        }
        return out;
    }
}
