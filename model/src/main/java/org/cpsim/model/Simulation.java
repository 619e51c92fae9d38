package org.cpsim.model;

import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;

/** Placeholder: replaced by the MASON model in the next commit. */
public final class Simulation {
    private Simulation() {}

    /**
     * Runs one replication. The same scenario, seed and replication give the same result on any
     * thread; replication r of two scenarios share their random streams (common random numbers).
     */
    public static RunResult run(Scenario scenario, long seed, int replication) {
        throw new UnsupportedOperationException("model not built yet");
    }
}
