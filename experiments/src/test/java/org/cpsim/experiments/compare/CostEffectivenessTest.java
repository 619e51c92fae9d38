package org.cpsim.experiments.compare;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

class CostEffectivenessTest {
    private static final List<Period> ONE_YEAR = List.of(new Period("2012-13", Period.Kind.YEAR, LocalDate.of(2012, 4, 1), LocalDate.of(2013, 4, 1), 0, 365));

    private static List<RunResult> runs(String name, double[] cost, double[] harmPer10k) {
        List<RunResult> out = new ArrayList<>();
        for (int r = 0; r < cost.length; r++) {
            double[][] v = new double[1][Indicator.values().length];
            v[0][Indicator.CHILDREN.ordinal()] = 20_000;
            v[0][Indicator.COST_TOTAL_GBP.ordinal()] = cost[r];
            v[0][Indicator.HARM_DAYS_PER_10K.ordinal()] = harmPer10k[r];
            out.add(new RunResult(name, r, ONE_YEAR, v, 0));
        }
        return out;
    }

    @Test
    void costPerHarmDayAvoidedIsThePairedCostOverThePairedHarmAvoided() {
        // Variant costs 1,000 more and avoids 5 harm-days per 10,000 (10 child-days in 20,000) in every replication.
        List<RunResult> base = runs("base", new double[] {5000, 6000, 7000}, new double[] {100, 120, 90});
        List<RunResult> more = runs("more", new double[] {6000, 7000, 8000}, new double[] {95, 115, 85});
        List<CostEffectiveness.Row> rows = CostEffectiveness.of(List.of(base, more), 1);
        assertEquals(1, rows.size());
        CostEffectiveness.Row row = rows.get(0);
        assertEquals(1000, row.costDiff(), 1e-9);
        assertEquals(10, row.harmAvoided(), 1e-9);
        assertEquals(100, row.costPerHarmDayAvoided(), 1e-9);
        assertEquals(100, row.ciLow(), 1e-9, "identical pairs: no uncertainty");
        assertEquals(100, row.ciHigh(), 1e-9);
    }

    @Test
    void noRatioWhereNoHarmIsAvoided() {
        List<RunResult> base = runs("base", new double[] {5000, 6000}, new double[] {100, 120});
        List<RunResult> worse = runs("worse", new double[] {6000, 7000}, new double[] {110, 125});
        CostEffectiveness.Row row = CostEffectiveness.of(List.of(base, worse), 1).get(0);
        assertTrue(Double.isNaN(row.costPerHarmDayAvoided()));
        assertTrue(row.harmAvoided() < 0);
    }
}
