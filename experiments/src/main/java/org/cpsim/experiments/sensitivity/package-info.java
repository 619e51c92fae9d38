/**
 * Global sensitivity analysis on any function of parameters scaled to the unit hypercube: designs
 * (Morris trajectories, Saltelli's matrices) are generated here, evaluated elsewhere (a closure in
 * tests, the sweep runner for the model) and analysed here from the outputs. No I/O, no model.
 */
package org.cpsim.experiments.sensitivity;
