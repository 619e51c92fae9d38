package org.cpsim.model.workforce;

import static org.junit.jupiter.api.Assertions.*;

import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.WorkforceConfig;
import org.cpsim.model.testing.Parts;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/** The workforce on its own: who gets a waiting case under each allocation rule, and who agency staff answer to. */
class AllocationTest {
    private static final WorkInProgress NO_WAITING_WORK = new WorkInProgress() {
        @Override public void allocate(double now) { }
        @Override public boolean requeue(int child, double now) { return false; }
    };

    /** Four workers (4 posts for 10,000 children), caps of 5, nobody protected. */
    private static Workforce fourWorkers(WorkforceConfig.AllocationRule rule) {
        ScenarioConfig c = TestScenarios.authority(10_000, 1, 0);
        c = Records.with(c, "workforce.fundedPostsPer10kChildren", 4.0);
        c = Records.with(c, "workforce.caseloadCap", 5);
        c = Records.with(c, "workforce.allocationRule", rule);
        Parts parts = Parts.of(c, 9);
        Workforce w = new Workforce(parts.events(), parts.calendar(), parts.population(), parts.recorder(), parts.random(10));
        w.serve(NO_WAITING_WORK);
        w.staff(Workforce.Settings.from(c), 0);
        return w;
    }

    private static int[] allocate(Workforce w, int cases) {
        int[] byWorker = new int[4];
        for (int child = 0; child < cases; child++) {
            int worker = w.findWorkerWithRoom();
            byWorker[worker]++;
            w.assign(child, worker, CaseKind.ASSESSMENT, 0);
        }
        return byWorker;
    }

    @Test
    void leastLoadedSpreadsCasesEvenly() {
        assertArrayEquals(new int[] {2, 2, 2, 1}, allocate(fourWorkers(WorkforceConfig.AllocationRule.LEAST_LOADED), 7));
    }

    @Test
    void firstWithRoomFillsOneCaseloadBeforeTheNext() {
        Workforce w = fourWorkers(WorkforceConfig.AllocationRule.FIRST_WITH_ROOM);
        assertArrayEquals(new int[] {5, 2, 0, 0}, allocate(w, 7));
        allocate(w, 13);
        assertEquals(-1, w.findWorkerWithRoom(), "every caseload full");
    }

    @Test
    void agencyLeavingFollowsRetentionOnlyWhenTheScenarioSaysSo() {
        WorkforceConfig c = TestScenarios.authority(10_000, 1, 0).workforce();
        c = Records.with(c, "turnover.retentionMultiplier", 0.5);
        double unaffected = Workforce.agencyHazardPerYear(c, 2.0);
        assertEquals(-Math.log1p(-c.agency().annualLeavingProbability()) * (1 + c.turnover().stressHazardPerUnit() * 2.0), unaffected, 0.0);
        WorkforceConfig follows = Records.with(c, "agency.leavingFollowsRetention", true);
        assertEquals(unaffected * 0.5, Workforce.agencyHazardPerYear(follows, 2.0), 1e-12);
    }
}
