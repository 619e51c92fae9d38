package org.cpsim.experiments.replay;

import java.util.ArrayList;
import java.util.List;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/**
 * The trial authorities taken together. For each arm (trial, counterfactual) and replication r, the
 * pooled value of an indicator is the child-weighted mean over the authorities,
 * {@code sum_a w_a x_a(r)} with {@code w_a = children_a / sum of children}. Pooled replication r of the
 * trial minus pooled replication r of the counterfactual is then {@code sum_a w_a (trial_a(r) - counterfactual_a(r))},
 * the weighted mean of the authorities' paired differences, so an interval over replications stays paired.
 * A replication in which any authority has no value (NaN) has no pooled value for that indicator and
 * period: the pooled figure always covers every authority.
 */
public final class Pooling {
    public static final String COUNTERFACTUAL = "pooled-counterfactual";
    public static final String TRIAL = "pooled-trial";
    public static final String DEFINITION = "child-weighted mean over the authorities: for each arm and replication r, sum_a w_a x_a(r) with "
            + "w_a = children_a / total children (population.children, the 2009-10 child population); the pooled difference of replication r "
            + "is sum_a w_a (trial_a(r) - counterfactual_a(r)) and its Student-t 95% interval is over replications, so it stays paired. "
            + "A replication where any authority has no value (NaN) is left out for that indicator and period. For counts it is the "
            + "child-weighted average authority, not the total; for medians a weighted mean of the authorities' medians.";

    private Pooling() {}

    /** Each authority's share of the children, in the order given; they sum to 1. */
    public static double[] weights(List<TrialAuthority> authorities) {
        double total = authorities.stream().mapToDouble(TrialAuthority::children).sum();
        return authorities.stream().mapToDouble(a -> a.children() / total).toArray();
    }

    /**
     * @param byAuthority each authority's runs of one arm, in replication order, all reporting the same periods
     * @return one pooled run per replication, named {@code scenario}
     */
    public static List<RunResult> childWeighted(String scenario, List<List<RunResult>> byAuthority, double[] weights) {
        if (byAuthority.isEmpty() || byAuthority.size() != weights.length) throw new IllegalArgumentException("one weight per authority");
        List<RunResult> first = byAuthority.get(0);
        List<Period> periods = first.get(0).periods();
        for (List<RunResult> runs : byAuthority) {
            if (runs.size() != first.size()) throw new IllegalArgumentException("authorities with different numbers of replications");
            for (int r = 0; r < runs.size(); r++) {
                if (!runs.get(r).periods().equals(periods)) throw new IllegalArgumentException(runs.get(r).scenario() + " reports different periods from " + first.get(0).scenario());
                if (runs.get(r).replication() != first.get(r).replication()) throw new IllegalArgumentException("replications out of step: pooling pairs them by number");
            }
        }
        int indicators = Indicator.values().length;
        List<RunResult> pooled = new ArrayList<>(first.size());
        for (int r = 0; r < first.size(); r++) {
            double[][] values = new double[periods.size()][indicators];
            long events = 0;
            for (int a = 0; a < byAuthority.size(); a++) {
                RunResult run = byAuthority.get(a).get(r);
                events += run.events();
                for (int p = 0; p < periods.size(); p++) {
                    for (int i = 0; i < indicators; i++) values[p][i] += weights[a] * run.values()[p][i];
                }
            }
            // NaN propagates through the sum: a missing value in any authority leaves the pooled value missing.
            pooled.add(new RunResult(scenario, first.get(r).replication(), periods, values, events));
        }
        return pooled;
    }
}
