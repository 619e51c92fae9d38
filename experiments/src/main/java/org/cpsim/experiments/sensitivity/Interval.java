package org.cpsim.experiments.sensitivity;

/** An estimate with its bootstrap 95% interval. */
public record Interval(double value, double low, double high) {

    public boolean covers(double x) { return x >= low && x <= high; }
}
