package org.cpsim.experiments.verification;

import java.util.ArrayList;
import java.util.List;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/**
 * Children are conserved: between consecutive year ends, each service state's stock changes by exactly
 * its inflow minus its outflow, and the seven states together hold every child. These are accounting
 * identities, true of every run whatever the randomness, so the tolerance is zero.
 */
public final class Conservation {
    private Conservation() {}

    /** A service state's stock at the period end and its flows in and out during the period. */
    record State(String name, Indicator atEnd, Indicator in, Indicator out) {}

    static final List<State> STATES = List.of(
            new State("not_known", Indicator.STATE_NOT_KNOWN_AT_END, Indicator.STATE_NOT_KNOWN_IN, Indicator.STATE_NOT_KNOWN_OUT),
            new State("early_help", Indicator.STATE_EARLY_HELP_AT_END, Indicator.STATE_EARLY_HELP_IN, Indicator.STATE_EARLY_HELP_OUT),
            new State("assessment", Indicator.STATE_ASSESSMENT_AT_END, Indicator.STATE_ASSESSMENT_IN, Indicator.STATE_ASSESSMENT_OUT),
            new State("section47", Indicator.STATE_SECTION47_AT_END, Indicator.STATE_SECTION47_IN, Indicator.STATE_SECTION47_OUT),
            new State("cin_plan", Indicator.STATE_CIN_PLAN_AT_END, Indicator.STATE_CIN_PLAN_IN, Indicator.STATE_CIN_PLAN_OUT),
            new State("cp_plan", Indicator.STATE_CP_PLAN_AT_END, Indicator.STATE_CP_PLAN_IN, Indicator.STATE_CP_PLAN_OUT),
            new State("looked_after", Indicator.STATE_LOOKED_AFTER_AT_END, Indicator.STATE_LOOKED_AFTER_IN, Indicator.STATE_LOOKED_AFTER_OUT));

    /**
     * One row per state (stock change = in - out) and one for the total (sum of stocks = children), each
     * with the largest absolute discrepancy over all replications and years; pass only if it is exactly 0.
     * A NaN anywhere counts as an infinite discrepancy: a missing count cannot be conserved.
     */
    public static List<CheckResult> check(String scenarioName, List<RunResult> runs) {
        if (runs.isEmpty()) throw new IllegalArgumentException("no replications to check");
        List<CheckResult> rows = new ArrayList<>();
        for (State s : STATES) {
            double worst = 0;
            for (RunResult run : runs) {
                List<Integer> years = ReplicationEstimates.years(run);
                for (int i = 1; i < years.size(); i++) {
                    int prev = years.get(i - 1), cur = years.get(i);
                    requireConsecutive(run, prev, cur);
                    double change = run.value(cur, s.atEnd()) - run.value(prev, s.atEnd());
                    double net = run.value(cur, s.in()) - run.value(cur, s.out());
                    worst = worse(worst, change - net);
                }
            }
            rows.add(exact("conservation " + scenarioName + " " + s.name() + ": stock change = in - out (max abs discrepancy)", worst));
        }
        double worst = 0;
        for (RunResult run : runs) {
            for (int p : ReplicationEstimates.years(run)) {
                double stocks = 0;
                for (State s : STATES) stocks += run.value(p, s.atEnd());
                worst = worse(worst, stocks - run.value(p, Indicator.CHILDREN));
            }
        }
        rows.add(exact("conservation " + scenarioName + " all states: sum of stocks = children (max abs discrepancy)", worst));
        return rows;
    }

    private static double worse(double worst, double discrepancy) {
        double d = Double.isNaN(discrepancy) ? Double.POSITIVE_INFINITY : Math.abs(discrepancy);
        return Math.max(worst, d);
    }

    private static CheckResult exact(String name, double worst) {
        return new CheckResult(name, 0, worst, 0, 0, worst == 0);
    }

    /** A gap between years would make "previous stock" meaningless, so it is a bug, not a discrepancy. */
    private static void requireConsecutive(RunResult run, int prev, int cur) {
        Period a = run.periods().get(prev), b = run.periods().get(cur);
        if (a.endDay() != b.startDay()) {
            throw new IllegalStateException("replication " + run.replication() + ": year " + a.label() + " is not followed by " + b.label());
        }
    }
}
