package org.cpsim.experiments.sensitivity;

/**
 * One row of {@code sensitivity.csv}: an index of one parameter for one outcome.
 *
 * @param index  mu_star, mu or sigma (Morris); S1 or ST (Sobol')
 * @param rank   1 for the most influential parameter on this outcome by this index (by |mu| for mu); 0 when the value is missing
 */
public record SensitivityIndex(String outcome, String parameter, String method, String index, double value, double ciLow, double ciHigh, int rank) {}
