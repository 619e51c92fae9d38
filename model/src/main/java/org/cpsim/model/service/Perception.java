package org.cpsim.model.service;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.Band;
import org.cpsim.model.config.Thresholds;

/**
 * Need as a professional perceives it: the child's true level (its score, 0 to 3) plus a Gaussian
 * error of the given sd, one draw on the judging service's stream. The decision is the band the
 * perceived score falls in on the thresholds that professional applies.
 */
public final class Perception {
    private Perception() {}

    public static double score(int level, double sd, MersenneTwisterFast random) {
        return level + sd * random.nextGaussian();
    }

    /** Perceives need and bands it: the decision at a screening, conference or review. */
    public static Band band(int level, double sd, Thresholds thresholds, MersenneTwisterFast random) {
        return thresholds.band(score(level, sd, random));
    }
}
