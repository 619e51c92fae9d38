package org.cpsim.experiments.output;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The most heap seen in use during a run, sampled a few times a second, so the manifest says how
 * much memory a scenario of this size needs.
 */
public final class PeakHeap implements AutoCloseable {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cpsim-heap-sampler");
        t.setDaemon(true);
        return t;
    });

    public PeakHeap() {
        sample();
        sampler.scheduleAtFixedRate(this::sample, 100, 100, TimeUnit.MILLISECONDS);
    }

    public void sample() { peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max); }

    public long bytes() { return peak.get(); }

    @Override
    public void close() {
        sampler.shutdownNow();
        sample();
    }
}
