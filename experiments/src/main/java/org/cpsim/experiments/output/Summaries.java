package org.cpsim.experiments.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.stats.Summary;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/** Each indicator in each period summarised over the replications: mean, sd and 95% confidence interval. */
public record Summaries(String scenario, List<Period> periods, Map<String, Summary[]> byPeriod) {

    public static Summaries of(List<RunResult> results) {
        if (results.isEmpty()) throw new IllegalArgumentException("no replications to summarise");
        List<Period> periods = results.get(0).periods();
        for (RunResult r : results) {
            if (!r.periods().equals(periods)) {
                throw new IllegalStateException("replication " + r.replication() + " reports different periods from replication "
                        + results.get(0).replication());
            }
        }
        Map<String, Summary[]> byPeriod = new LinkedHashMap<>();
        Indicator[] indicators = Indicator.values();
        double[] sample = new double[results.size()];
        for (int p = 0; p < periods.size(); p++) {
            Summary[] row = new Summary[indicators.length];
            for (Indicator i : indicators) {
                for (int r = 0; r < results.size(); r++) sample[r] = results.get(r).value(p, i);
                row[i.ordinal()] = Summary.of(sample);
            }
            byPeriod.put(periods.get(p).label(), row);
        }
        return new Summaries(results.get(0).scenario(), List.copyOf(periods), byPeriod);
    }

    public Summary get(String periodLabel, Indicator indicator) {
        Summary[] row = byPeriod.get(periodLabel);
        if (row == null) throw new IllegalArgumentException("no period " + periodLabel);
        return row[indicator.ordinal()];
    }

    /** The statistical years, in order. */
    public List<Period> years() {
        List<Period> years = new ArrayList<>();
        for (Period p : periods) if (p.kind() == Period.Kind.YEAR) years.add(p);
        return years;
    }
}
