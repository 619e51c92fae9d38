package org.cpsim.experiments.runner;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What a finished {@link RunTask} produced: one value per outcome (NaN where there is nothing to
 * measure). Serializable so a cluster executor's workers can send it back.
 */
public record RunRecord(int point, int replication, double[] outcomes) implements Serializable {

    public RunRecord {
        outcomes = outcomes.clone();
    }

    @Override
    public double[] outcomes() { return outcomes.clone(); }

    public double outcome(int i) { return outcomes[i]; }

    @Override
    public boolean equals(Object o) {
        return o instanceof RunRecord r && r.point == point && r.replication == replication && Arrays.equals(r.outcomes, outcomes);
    }

    @Override
    public int hashCode() { return 31 * (31 * point + replication) + Arrays.hashCode(outcomes); }

    @Override
    public String toString() { return "RunRecord[point=" + point + ", replication=" + replication + ", outcomes=" + Arrays.toString(outcomes) + "]"; }
}
