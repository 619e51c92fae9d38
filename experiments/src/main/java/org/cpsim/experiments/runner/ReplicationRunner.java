package org.cpsim.experiments.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

import org.cpsim.model.Simulation;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;

/**
 * Runs a scenario's replications on a pool of threads. Results come back in replication order
 * whatever the thread count, and each replication depends only on (scenario, seed, replication),
 * so the output is identical on 1 or N threads.
 */
public final class ReplicationRunner {
    private ReplicationRunner() {}

    /**
     * @param onDone called with the number of replications finished so far (from worker threads)
     */
    public static List<RunResult> run(Scenario scenario, long seed, int replications, int threads, IntConsumer onDone) {
        if (replications <= 0) throw new IllegalArgumentException("replications must be > 0");
        int poolSize = Math.max(1, Math.min(threads, replications));
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(r, "cpsim-replication");
            t.setDaemon(true);
            return t;
        });
        try {
            var done = new java.util.concurrent.atomic.AtomicInteger();
            List<Future<RunResult>> futures = new ArrayList<>();
            for (int r = 0; r < replications; r++) {
                final int rep = r;
                futures.add(pool.submit(() -> {
                    RunResult result = Simulation.run(scenario, seed, rep);
                    if (onDone != null) onDone.accept(done.incrementAndGet());
                    return result;
                }));
            }
            List<RunResult> results = new ArrayList<>(replications);
            for (Future<RunResult> f : futures) results.add(f.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
    }
}
