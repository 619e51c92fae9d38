package org.cpsim.experiments.calibration;

/** An accepted ABC candidate with its normalised importance weight. */
public record Particle(Evaluation evaluation, double weight) {
    public double[] unit() { return evaluation.unit(); }

    public double distance() { return evaluation.distance(); }
}
