package org.cpsim.experiments.runner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/** The executors a sweep can use, by name: {@code local} and any found on the class path. */
public final class SweepExecutors {
    private final List<SweepExecutorFactory> factories;

    public SweepExecutors(List<SweepExecutorFactory> factories) {
        this.factories = List.copyOf(factories);
    }

    /** {@code local}, then those other modules register. */
    public static SweepExecutors standard() {
        List<SweepExecutorFactory> all = new ArrayList<>();
        all.add(LocalSweepExecutor.FACTORY);
        for (SweepExecutorFactory f : ServiceLoader.load(SweepExecutorFactory.class)) {
            if (!f.name().equals(LocalSweepExecutor.FACTORY.name())) all.add(f);
        }
        return new SweepExecutors(all);
    }

    public List<String> names() { return factories.stream().map(SweepExecutorFactory::name).toList(); }

    /** @throws IllegalArgumentException naming the executors there are, if there is none of this name */
    public SweepExecutor create(String name, int threads) { return create(name, threads, Map.of()); }

    /** @throws IllegalArgumentException if there is no executor of this name, or it does not take these options */
    public SweepExecutor create(String name, int threads, Map<String, String> options) {
        for (SweepExecutorFactory f : factories) if (f.name().equals(name)) return f.create(threads, Map.copyOf(options));
        throw new IllegalArgumentException("unknown executor '" + name + "'; available: " + String.join(", ", names()));
    }
}
