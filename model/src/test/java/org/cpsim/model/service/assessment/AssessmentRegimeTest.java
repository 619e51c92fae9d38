package org.cpsim.model.service.assessment;

import static org.junit.jupiter.api.Assertions.*;

import org.cpsim.model.Simulation;
import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.ModelTestSupport;
import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/** The two assessment regimes keep their own rules: deadlines met by rushing, or a local maximum. */
class AssessmentRegimeTest {

    private static ScenarioConfig base() {
        ScenarioConfig c = TestScenarios.authority(20_000, 2, 1);
        // Heavy assessments, so that the time limits bind.
        c = Records.with(c, "assessment.prescribed", new AssessmentConfig.PrescribedConfig(10, 35, 30, 6, 30, 12, 1.0,
                AssessmentConfig.QueueOrder.DEADLINE, 1, 0));
        c = Records.with(c, "assessment.localFramework", new AssessmentConfig.LocalFrameworkConfig(45, 60, 8, 0, AssessmentConfig.QueueOrder.RISK));
        // Ample staff who never leave: no referral waits, and no case changes hands, so the limits are the only rule at work.
        c = Records.with(c, "workforce.fundedPostsPer10kChildren", 80.0);
        c = Records.with(c, "workforce.turnover", new org.cpsim.model.config.WorkforceConfig.TurnoverConfig(0, 0, 1));
        return c;
    }

    @Test
    void underPrescribedTimescalesAWorkerWhoAlwaysRushesMeetsEveryInitialDeadlineWithLessDirectTime() {
        ScenarioConfig c = Records.with(base(), "assessment.regime", AssessmentConfig.Regime.PRESCRIBED);
        RunResult r = Simulation.run(Scenario.of(c), 3, 0);
        int y = ModelTestSupport.firstYear(r);
        assertTrue(r.value(y, Indicator.INITIAL_ASSESSMENTS_COMPLETED) > 100);
        assertEquals(100, r.value(y, Indicator.INITIAL_ASSESSMENTS_WITHIN_10WD_PCT), 1e-9, "every deadline met by rushing");
    }

    @Test
    void underALocalFrameworkTheLocalMaximumIsKeptAndWorkIsNotCutToADeadline() {
        ScenarioConfig local = Records.with(base(), "assessment.regime", AssessmentConfig.Regime.LOCAL_FRAMEWORK);
        RunResult r = Simulation.run(Scenario.of(local), 3, 0);
        int y = ModelTestSupport.firstYear(r);
        assertEquals(100, r.value(y, Indicator.SINGLE_ASSESSMENT_WITHIN_45WD_PCT), 1e-9);
        assertEquals(0, r.value(y, Indicator.CORE_ASSESSMENTS_COMPLETED), "no core assessments under a single assessment");
        assertTrue(r.value(y, Indicator.SINGLE_ASSESSMENT_MEDIAN_WD) > 10, "longer assessments when nothing forces them short");
    }

    @Test
    void rushingToADeadlineCutsDirectTimeAndWithItAccuracy() {
        // The usual staffing (so assessments often would overrun), same families and events (paired replications).
        ScenarioConfig c = TestScenarios.authority(20_000, 2, 1);
        ScenarioConfig rushing = Records.with(c, "assessment.prescribed.rushProbability", 1.0);
        ScenarioConfig overrunning = Records.with(c, "assessment.prescribed.rushProbability", 0.0);
        for (int rep = 0; rep < 3; rep++) {
            RunResult r = Simulation.run(Scenario.of(rushing), 5, rep);
            RunResult o = Simulation.run(Scenario.of(overrunning), 5, rep);
            int y = ModelTestSupport.firstYear(r);
            assertTrue(r.value(y, Indicator.ASSESSMENT_DIRECT_HOURS_MEAN) < o.value(y, Indicator.ASSESSMENT_DIRECT_HOURS_MEAN),
                    "replication " + rep + ": rushed work has less direct time");
            assertTrue(r.value(y, Indicator.ASSESSMENT_ACCURACY_PCT) < o.value(y, Indicator.ASSESSMENT_ACCURACY_PCT),
                    "replication " + rep + ": and is less accurate");
            assertTrue(r.value(y, Indicator.INITIAL_ASSESSMENTS_WITHIN_7WD_PCT) > o.value(y, Indicator.INITIAL_ASSESSMENTS_WITHIN_7WD_PCT),
                    "replication " + rep + ": but meets more deadlines");
        }
    }
}
