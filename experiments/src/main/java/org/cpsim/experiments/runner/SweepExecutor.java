package org.cpsim.experiments.runner;

import java.io.IOException;
import java.util.List;

/**
 * Runs a sweep's tasks somewhere: {@link LocalSweepExecutor} on this machine's threads; a cluster
 * executor (Spark) in its own module, found through {@link SweepExecutorFactory}. The sweep, not the
 * executor, keeps the journal, resumes and writes the results, so an executor only has to run tasks
 * and report each result once it is known.
 */
public interface SweepExecutor {

    /**
     * Runs every task and passes each result to {@code sink} as soon as it is known, one call at a
     * time, in any order. Returns when all have been passed; on the first failure (a task's, or the
     * sink's) stops starting tasks and throws it, so that everything passed so far is kept.
     */
    void execute(List<RunTask> tasks, Outcomes outcomes, ResultSink sink) throws IOException;
}
