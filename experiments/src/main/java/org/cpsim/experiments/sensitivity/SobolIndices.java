package org.cpsim.experiments.sensitivity;

/**
 * Variance-based sensitivity of one parameter.
 *
 * @param first the share of output variance due to the parameter alone (S1)
 * @param total the share due to the parameter with all its interactions (ST)
 */
public record SobolIndices(int parameter, Interval first, Interval total) {}
