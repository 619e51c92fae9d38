package org.cpsim.model.service.assessment;

import static org.junit.jupiter.api.Assertions.*;

import org.cpsim.model.Simulation;
import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;
import org.cpsim.model.testing.ModelTestSupport;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * The census counts each form apart, so the model does: initial assessments, core assessments and single
 * assessments; during a transition a share of referrals takes the single assessment; and an initial
 * assessment may lead to services without a core assessment.
 */
class AssessmentFormsTest {
    private static final ScenarioConfig BASE = Records.with(TestScenarios.authority(20_000, 2, 1),
            "assessment.regime", AssessmentConfig.Regime.PRESCRIBED);

    @Test
    void underThePrescribedFormsNoSingleAssessmentIsCountedAndEveryProcessStartsWithAnInitialAssessment() {
        RunResult r = Simulation.run(Scenario.of(BASE), 4, 0);
        int y = ModelTestSupport.firstYear(r);
        assertEquals(0, r.value(y, Indicator.ASSESSMENTS_COMPLETED));
        assertTrue(r.value(y, Indicator.INITIAL_ASSESSMENTS_COMPLETED) > 100);
        assertTrue(r.value(y, Indicator.CORE_ASSESSMENTS_COMPLETED) > 0);
    }

    @Test
    void duringATransitionTheShareOfProcessesOnTheSingleAssessmentIsTheConfiguredShare() {
        RunResult r = Simulation.run(Scenario.of(Records.with(BASE, "assessment.prescribed.singleAssessmentShare", 0.4)), 4, 0);
        int y = ModelTestSupport.firstYear(r);
        double single = r.value(y, Indicator.ASSESSMENTS_COMPLETED), initial = r.value(y, Indicator.INITIAL_ASSESSMENTS_COMPLETED);
        double processes = r.value(y, Indicator.ASSESSMENT_PROCESSES_COMPLETED);
        assertTrue(single > 100 && initial > 100, single + " single, " + initial + " initial");
        // Each process has one first stage; a process still open at the year's end may not have finished.
        assertEquals(processes, single + initial, 0.03 * processes);
        // A binomial share: sd about sqrt(0.24 / n), well under the 0.05 allowed at these counts.
        assertEquals(0.4, single / (single + initial), 0.05);
    }

    @Test
    void withoutCoreAssessmentsChildrenInNeedStartPlansOnTheInitialAssessment() {
        double[] all = run(1.0), none = run(0.0);
        assertEquals(0, none[0], "no core assessments when none is had");
        assertTrue(all[0] > 50, "core assessments when every child in need has one: " + all[0]);
        assertTrue(none[1] < all[1], "processes end with the initial assessment, so sooner: " + none[1] + " days against " + all[1]);
    }

    /** Core assessments, and the mean days from referral to the end of the process, over three replications' first years. */
    private static double[] run(double coreShare) {
        ScenarioConfig c = Records.with(BASE, "assessment.prescribed.coreAssessmentShare", coreShare);
        double core = 0, days = 0;
        for (int rep = 0; rep < 3; rep++) {
            RunResult r = Simulation.run(Scenario.of(c), 4, rep);
            int y = ModelTestSupport.firstYear(r);
            core += r.value(y, Indicator.CORE_ASSESSMENTS_COMPLETED);
            days += r.value(y, Indicator.ASSESSMENT_TIME_IN_SYSTEM_DAYS_MEAN);
        }
        return new double[] {core, days};
    }
}
