package org.cpsim.experiments.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cpsim.experiments.compare.Comparison;
import org.cpsim.experiments.compare.PairedDifference;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/** The pool is the child-weighted mean of the authorities, replication by replication, so its differences stay paired. */
class PoolingTest {
    static final List<Period> PERIODS = List.of(new Period("2011-12", Period.Kind.YEAR, LocalDate.of(2011, 4, 1), LocalDate.of(2012, 4, 1), 0, 366));
    static final Indicator HARM = Indicator.HARM_DAYS_PER_10K;

    /** Runs whose harm is the given value in each replication; every other indicator 1. */
    static List<RunResult> runs(String scenario, double... harm) {
        List<RunResult> out = new ArrayList<>();
        for (int r = 0; r < harm.length; r++) {
            double[][] v = new double[1][Indicator.values().length];
            Arrays.fill(v[0], 1);
            v[0][HARM.ordinal()] = harm[r];
            out.add(new RunResult(scenario, r, PERIODS, v, 10));
        }
        return out;
    }

    @Test
    void thePooledDifferenceOfEachReplicationIsTheChildWeightedMeanOfTheAuthoritiesDifferences() {
        double[] w = {0.75, 0.25};
        List<RunResult> cf = Pooling.childWeighted(Pooling.COUNTERFACTUAL, List.of(runs("a-cf", 100, 200, 300), runs("b-cf", 40, 40, 40)), w);
        List<RunResult> trial = Pooling.childWeighted(Pooling.TRIAL, List.of(runs("a", 90, 180, 300), runs("b", 60, 20, 40)), w);
        assertEquals(0.75 * 100 + 0.25 * 40, cf.get(0).value(0, HARM), 1e-9);
        assertEquals(1.0, cf.get(0).value(0, Indicator.CHILDREN), 1e-12, "weights sum to one");
        assertEquals(20, cf.get(0).events());
        PairedDifference d = Comparison.of(List.of(cf, trial)).get(Pooling.TRIAL, "2011-12", HARM);
        // Replication differences: 0.75(-10) + 0.25(20) = -2.5; 0.75(-20) + 0.25(-20) = -20; 0.
        assertEquals((-2.5 - 20 + 0) / 3, d.difference().mean(), 1e-9);
        assertEquals(3, d.difference().n());
        assertEquals(Pooling.COUNTERFACTUAL, d.baseline());
    }

    @Test
    void aReplicationWithNoValueInAnyAuthorityHasNoPooledValue() {
        List<RunResult> pooled = Pooling.childWeighted(Pooling.TRIAL, List.of(runs("a", 1, Double.NaN), runs("b", 2, 3)), new double[] {0.5, 0.5});
        assertEquals(1.5, pooled.get(0).value(0, HARM), 1e-12);
        assertTrue(Double.isNaN(pooled.get(1).value(0, HARM)));
    }

    @Test
    void weightsAreEachAuthoritysShareOfTheChildren() {
        TrialAuthority big = TrialScenariosTest.TRIALS.load("cumbria", List.of()), small = TrialScenariosTest.TRIALS.load("westminster", List.of());
        double[] w = Pooling.weights(List.of(big, small));
        assertEquals(97_900.0 / (97_900 + 35_000), w[0], 1e-12);
        assertEquals(1.0, w[0] + w[1], 1e-12);
    }
}
