package org.cpsim.experiments.sweep;

import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;
import org.cpsim.model.random.RandomStreams;

/**
 * Random draws for designing experiments (Latin hypercubes, Morris trajectories, bootstraps), each
 * from its own named stream of the sweep's seed, as the model's processes are: a design never shares
 * draws with the runs, and changing one design's use of randomness leaves the others alone.
 */
public final class DesignRandom {
    /** Stands apart from the runs' replications 0, 1, ...: the model never uses it. */
    private static final int DESIGN_REPLICATION = -1;

    private DesignRandom() {}

    public static RandomGenerator stream(long seed, String name) {
        return new MersenneTwister(new RandomStreams(seed, DESIGN_REPLICATION).stream(name).nextLong());
    }
}
