package org.cpsim.experiments.calibration;

/**
 * One candidate evaluated: where it is (unit cube and the parameters' values), the simulated mean of
 * each target over the replications, and its distance from the observed figures.
 *
 * @param round     ABC generation, or CMA-ES iteration (0: the starting point)
 * @param candidate its index within the round
 */
public record Evaluation(int round, int candidate, double[] unit, double[] values, double[] means, double distance) {}
