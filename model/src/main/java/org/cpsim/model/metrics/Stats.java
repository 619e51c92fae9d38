package org.cpsim.model.metrics;

/** The statistics indicators are made of, in one place: NaN where there is nothing to measure. */
public final class Stats {
    private Stats() {}

    public static double mean(double[] v) {
        if (v.length == 0) return Double.NaN;
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    /** Quantile of sorted values (type 7, as R's default); NaN when empty. */
    public static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    public static double pct(double num, double den) { return den > 0 ? 100.0 * num / den : Double.NaN; }

    public static double ratio(double num, double den) { return den > 0 ? num / den : Double.NaN; }

    public static double per10k(double num, double children) { return children > 0 ? 10000.0 * num / children : Double.NaN; }
}
