package org.cpsim.experiments.runner;

import java.util.Map;

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

    /**
     * With the {@code --executor-option KEY=VALUE}s given (e.g. Spark's {@code master}): options belong
     * to one kind of executor, so {@code cpsim sweep} passes them through unread and each kind
     * rejects keys it does not know. By default an executor takes none.
     *
     * @throws IllegalArgumentException naming the key, for an option this executor does not take
     */
    default SweepExecutor create(int threads, Map<String, String> options) {
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("the " + name() + " executor takes no options, got " + String.join(", ", options.keySet()));
        }
        return create(threads);
    }
}
