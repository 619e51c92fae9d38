/**
 * Global sensitivity analysis, in one place. The methods work on any function of parameters scaled to
 * the unit hypercube: designs (Morris trajectories, Saltelli's matrices) are generated here, evaluated
 * elsewhere (a closure in tests, the sweep runner for the model) and analysed here from the outputs,
 * with no I/O and no model ({@code Morris}, {@code Sobol}, {@code Bootstrap}). {@code SensitivityAnalysis}
 * applies them to a sweep file's uncertainties and runs, and {@code SensitivityCsv} writes the indices.
 */
package org.cpsim.experiments.sensitivity;
