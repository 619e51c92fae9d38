package org.cpsim.experiments.runner;

import java.io.Serializable;
import java.util.List;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;

/** What a sweep keeps of each run: some indicators, each read from one period (on a cluster's workers too). */
public record Outcomes(List<Indicator> indicators, OutcomePeriod period) implements Serializable {

    public Outcomes {
        indicators = List.copyOf(indicators);
        if (indicators.isEmpty()) throw new IllegalArgumentException("at least one outcome");
    }

    public double[] of(RunResult run) {
        double[] out = new double[indicators.size()];
        for (int i = 0; i < out.length; i++) out[i] = period.value(run, indicators.get(i));
        return out;
    }

    /** The indicators' ids, as column names. */
    public List<String> ids() { return indicators.stream().map(Indicator::id).toList(); }

    public int size() { return indicators.size(); }
}
