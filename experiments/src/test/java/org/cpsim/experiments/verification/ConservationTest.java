package org.cpsim.experiments.verification;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

class ConservationTest {

    private static List<RunResult> runs(double leakInLastReplication) {
        List<RunResult> runs = new ArrayList<>();
        for (int r = 0; r < 5; r++) runs.add(SyntheticRuns.conserving("baseline", 1, r, 4, r == 4 ? leakInLastReplication : 0));
        return runs;
    }

    @Test
    void conservingRunsPassEveryIdentityExactly() {
        List<CheckResult> rows = Conservation.check("baseline", runs(0));
        assertEquals(8, rows.size(), "7 states and the total");
        for (CheckResult row : rows) {
            assertTrue(row.pass(), row.check());
            assertEquals(0, row.expected());
            assertEquals(0, row.simulated());
        }
    }

    @Test
    void oneChildGoingMissingOnceIsCaughtAndMeasured() {
        List<CheckResult> rows = Conservation.check("baseline", runs(1));
        CheckResult lookedAfter = rows.stream().filter(r -> r.check().contains(" looked_after:")).findFirst().orElseThrow();
        assertFalse(lookedAfter.pass());
        assertEquals(1, lookedAfter.simulated());
        assertEquals(1, rows.stream().filter(r -> !r.pass()).count(), "only the broken identity fails");
    }

    @Test
    void stocksThatDoNotAddUpToTheChildrenFail() {
        List<RunResult> runs = runs(0);
        RunResult run = runs.get(2);
        run.values()[12][Indicator.CHILDREN.ordinal()] += 3;   // period 12 is the first year
        CheckResult total = Conservation.check("baseline", runs).get(7);
        assertFalse(total.pass());
        assertEquals(3, total.simulated());
    }

    @Test
    void aMissingCountIsNeverConserved() {
        List<RunResult> runs = runs(0);
        runs.get(0).values()[25][Indicator.STATE_ASSESSMENT_OUT.ordinal()] = Double.NaN;   // period 25 is the second year
        CheckResult assessment = Conservation.check("baseline", runs).get(2);
        assertFalse(assessment.pass());
        assertEquals(Double.POSITIVE_INFINITY, assessment.simulated());
    }
}
