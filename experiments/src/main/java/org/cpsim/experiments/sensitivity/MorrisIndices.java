package org.cpsim.experiments.sensitivity;

/**
 * Morris screening of one parameter, from its elementary effects in unit-scaled coordinates: the
 * change in the output per full range of the parameter.
 *
 * @param muStar  mean absolute elementary effect: overall influence (Campolongo et al. 2007)
 * @param mu      mean elementary effect: its sign says the direction when effects agree
 * @param sigma   standard deviation of the effects: non-linearity or interaction with other parameters
 * @param effects elementary effects used (one per trajectory, fewer where an output was missing)
 */
public record MorrisIndices(int parameter, Interval muStar, Interval mu, double sigma, int effects) {}
