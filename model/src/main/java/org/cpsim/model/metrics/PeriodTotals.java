package org.cpsim.model.metrics;

import org.cpsim.model.family.ServiceState;

/**
 * What the recorder holds for one reporting period, as indicators read it: tallies summed over its
 * months, flows between states, stocks at its end, and its samples (sorted once, when first asked).
 */
final class PeriodTotals {
    private final double[] raw;
    private final double[] stocks;
    private final int[] states;
    private final int[] in;
    private final int[] out;
    private final int days;
    private final Samples samples;
    private final int from;
    private final int to;
    private final double[][] sorted = new double[Sample.values().length][];

    PeriodTotals(double[] raw, double[] stocks, int[] states, int[] in, int[] out, int days, Samples samples, int from, int to) {
        this.raw = raw;
        this.stocks = stocks;
        this.states = states;
        this.in = in;
        this.out = out;
        this.days = days;
        this.samples = samples;
        this.from = from;
        this.to = to;
    }

    double raw(Raw r) { return raw[r.ordinal()]; }

    /** A stock at the end of the period. */
    double stock(Stock s) { return stocks[s.ordinal()]; }

    double children() { return stocks[Stock.CHILDREN.ordinal()]; }

    int days() { return days; }

    int atEnd(ServiceState s) { return states[s.ordinal()]; }

    int in(ServiceState s) { return in[s.ordinal()]; }

    int out(ServiceState s) { return out[s.ordinal()]; }

    /** A quantile (type 7) of the period's samples of one kind. */
    double quantile(Sample kind, double q) {
        if (sorted[kind.ordinal()] == null) sorted[kind.ordinal()] = samples.pooled(from, to, kind);
        return Stats.quantile(sorted[kind.ordinal()], q);
    }

    /** Every cost the model counts, in the order they are added up. */
    double totalCost() {
        return raw(Raw.COST_SOCIAL_WORK) + raw(Raw.COST_AGENCY_PREMIUM) + raw(Raw.COST_EARLY_HELP)
                + raw(Raw.COST_CONFERENCES) + raw(Raw.COST_CARE);
    }
}
