package org.cpsim.experiments.runner;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;

import org.cpsim.model.Simulation;

/**
 * Runs tasks on a pool of local threads, in the order given; results reach the sink on the calling
 * thread, so the sink needs no locking and the journal is written by one thread.
 */
public final class LocalSweepExecutor implements SweepExecutor {

    public static final SweepExecutorFactory FACTORY = new SweepExecutorFactory() {
        @Override public String name() { return "local"; }

        @Override public SweepExecutor create(int threads) { return new LocalSweepExecutor(threads); }
    };

    private final int threads;

    public LocalSweepExecutor(int threads) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
    }

    /**
     * One run, as every executor runs it (a cluster's workers call this too, so a run means the same
     * everywhere). A model failure names the run, so it can be reproduced on its own; runs finished
     * before it stay in the journal.
     */
    public static RunRecord run(RunTask task, Outcomes outcomes) {
        try {
            return new RunRecord(task.point(), task.replication(), outcomes.of(Simulation.run(task.scenario(), task.seed(), task.replication())));
        } catch (RuntimeException e) {
            throw new IllegalStateException("design point " + task.point() + ", replication " + task.replication() + " (seed " + task.seed()
                    + ") failed in the model", e);
        }
    }

    @Override
    public void execute(List<RunTask> tasks, Outcomes outcomes, ResultSink sink) throws IOException {
        if (tasks.isEmpty()) return;
        ExecutorService pool = Pools.daemons(Math.min(threads, tasks.size()), "cpsim-sweep");
        ExecutorCompletionService<RunRecord> done = new ExecutorCompletionService<>(pool);
        try {
            for (RunTask task : tasks) done.submit(() -> run(task, outcomes));
            for (int i = 0; i < tasks.size(); i++) sink.accept(done.take().get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw Pools.unwrap(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
