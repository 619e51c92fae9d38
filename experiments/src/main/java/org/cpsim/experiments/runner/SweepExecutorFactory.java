package org.cpsim.experiments.runner;

/**
 * A kind of executor, chosen with {@code cpsim sweep --executor NAME}. Other modules add theirs as a
 * {@link java.util.ServiceLoader} service (a line in
 * {@code META-INF/services/org.cpsim.experiments.runner.SweepExecutorFactory}).
 */
public interface SweepExecutorFactory {

    /** The name given to {@code --executor}. */
    String name();

    /** @param threads the {@code --threads} asked for (a cluster executor may read it as tasks per worker) */
    SweepExecutor create(int threads);
}
