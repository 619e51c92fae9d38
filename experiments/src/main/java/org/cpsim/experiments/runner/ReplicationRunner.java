package org.cpsim.experiments.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.cpsim.model.Simulation;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;

/**
 * Runs a scenario's replications on a pool of threads. A multi-authority scenario (all of England)
 * is spread over the pool authority by authority. Results come back in replication order whatever the
 * thread count, and each part depends only on (scenario, seed, replication, authority), so the output
 * is identical on 1 or N threads.
 */
public final class ReplicationRunner {
    private ReplicationRunner() {}

    /**
     * @param onDone called with the number of replications finished so far (from worker threads)
     */
    public static List<RunResult> run(Scenario scenario, long seed, int replications, int threads, IntConsumer onDone) {
        if (replications <= 0) throw new IllegalArgumentException("replications must be > 0");
        int parts = Simulation.parts(scenario);
        int poolSize = Math.max(1, Math.min(threads, replications * parts));
        ExecutorService pool = Pools.daemons(poolSize, "cpsim-replication");
        try {
            AtomicInteger partsDone = new AtomicInteger();
            List<List<Future<Simulation.Part>>> futures = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                final int rep = r;
                List<Future<Simulation.Part>> ofReplication = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    final int part = p;
                    ofReplication.add(pool.submit(() -> {
                        Simulation.Part result = Simulation.runPart(scenario, seed, rep, part);
                        int done = partsDone.incrementAndGet();
                        if (onDone != null && done % parts == 0) onDone.accept(done / parts);
                        return result;
                    }));
                }
                futures.add(ofReplication);
            }
            List<RunResult> results = new ArrayList<>(replications);
            for (int r = 0; r < replications; r++) {
                List<Simulation.Part> gathered = new ArrayList<>(parts);
                for (Future<Simulation.Part> f : futures.get(r)) gathered.add(Pools.get(f));
                results.add(Simulation.combine(scenario, r, gathered));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Scenario r as replication r of {@code seed}, for every r, in parallel; each result depends only on
     * (scenario r, seed, r), so the list is the same at any thread count.
     *
     * @param onDone called with the number of scenarios finished so far (from worker threads)
     */
    public static List<RunResult> runEach(List<Scenario> scenarios, long seed, int threads, IntConsumer onDone) {
        ExecutorService pool = Pools.daemons(Math.max(1, Math.min(threads, scenarios.size())), "cpsim-replication");
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<RunResult>> futures = new ArrayList<>(scenarios.size());
            for (int r = 0; r < scenarios.size(); r++) {
                final int rep = r;
                futures.add(pool.submit(() -> {
                    RunResult result = Simulation.run(scenarios.get(rep), seed, rep);
                    int n = done.incrementAndGet();
                    if (onDone != null) onDone.accept(n);
                    return result;
                }));
            }
            List<RunResult> results = new ArrayList<>(scenarios.size());
            for (Future<RunResult> f : futures) results.add(Pools.get(f));
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
