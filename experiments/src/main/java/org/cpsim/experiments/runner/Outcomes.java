package org.cpsim.experiments.runner;

import java.io.Serializable;
import java.util.Collections;
import java.util.List;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;

/**
 * What an executor keeps of each run: some indicators, each read from one period (on a cluster's workers
 * too). A sweep reads every indicator from the same period; a pooled calibration reads each of its
 * targets from its own statistical year, so the periods are given one per indicator.
 */
public record Outcomes(List<Indicator> indicators, List<OutcomePeriod> periods) implements Serializable {

    public Outcomes {
        indicators = List.copyOf(indicators);
        periods = List.copyOf(periods);
        if (indicators.isEmpty()) throw new IllegalArgumentException("at least one outcome");
        if (periods.size() != indicators.size()) throw new IllegalArgumentException("one period per indicator: " + periods.size() + " for " + indicators.size());
    }

    /** Every indicator from the same period, as a sweep reads them. */
    public Outcomes(List<Indicator> indicators, OutcomePeriod period) {
        this(indicators, Collections.nCopies(indicators.size(), period));
    }

    public double[] of(RunResult run) {
        double[] out = new double[indicators.size()];
        for (int i = 0; i < out.length; i++) out[i] = periods.get(i).value(run, indicators.get(i));
        return out;
    }

    /** The period of a sweep's outcomes, which all share it. */
    public OutcomePeriod period() {
        OutcomePeriod first = periods.get(0);
        if (periods.stream().anyMatch(p -> !p.equals(first))) throw new IllegalStateException("outcomes read from several periods");
        return first;
    }

    /** The indicators' ids, as column names. */
    public List<String> ids() { return indicators.stream().map(Indicator::id).toList(); }

    public int size() { return indicators.size(); }
}
