package org.cpsim.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.testing.ModelTestSupport;
import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/** Same scenario, seed and replication: the same numbers; and common random numbers across scenarios. */
class DeterminismTest {

    private static final ScenarioConfig BASE = TestScenarios.authority(20_000, 3, 2);

    @Test
    void sameSeedAndReplicationGiveIdenticalResults() {
        RunResult a = Simulation.run(Scenario.of(BASE), 7, 3);
        RunResult b = Simulation.run(Scenario.of(BASE), 7, 3);
        for (int p = 0; p < a.values().length; p++) assertArrayEquals(a.values()[p], b.values()[p], 0.0, "period " + p);
        assertEquals(a.events(), b.events());
    }

    @Test
    void differentReplicationsDiffer() {
        RunResult a = Simulation.run(Scenario.of(BASE), 7, 0);
        RunResult b = Simulation.run(Scenario.of(BASE), 7, 1);
        assertNotEquals(ModelTestSupport.sumOverYears(a, Indicator.REFERRALS), ModelTestSupport.sumOverYears(b, Indicator.REFERRALS),
                "two replications with identical referral counts would be a sign of shared streams");
        assertNotEquals(a.events(), b.events());
    }

    @Test
    void scenariosDifferingOnlyInALaterPolicyAreIdenticalUntilIt() {
        // Common random numbers: the same families meet the same events until the policies differ.
        LocalDate change = LocalDate.of(2010, 9, 1);
        ScenarioConfig local = withRegime(BASE, AssessmentConfig.Regime.LOCAL_FRAMEWORK);
        RunResult prescribed = Simulation.run(Scenario.of(BASE), 11, 0);
        RunResult variant = Simulation.run(new Scenario(BASE, List.of(new Scenario.PolicyChange(change, "lift timescales", local))), 11, 0);
        int changedMonth = -1;
        for (int p = 0; p < prescribed.periods().size(); p++) {
            if (prescribed.periods().get(p).start().equals(change)) changedMonth = p;
        }
        assertTrue(changedMonth > 0);
        for (int p = 0; p < changedMonth; p++) {
            assertArrayEquals(prescribed.values()[p], variant.values()[p], 0.0, "month " + prescribed.periods().get(p).label());
        }
        assertNotEquals(prescribed.value(changedMonth + 2, Indicator.CORE_ASSESSMENTS_COMPLETED) + prescribed.value(changedMonth + 3, Indicator.CORE_ASSESSMENTS_COMPLETED),
                variant.value(changedMonth + 2, Indicator.CORE_ASSESSMENTS_COMPLETED) + variant.value(changedMonth + 3, Indicator.CORE_ASSESSMENTS_COMPLETED));
    }

    static ScenarioConfig withRegime(ScenarioConfig c, AssessmentConfig.Regime regime) {
        AssessmentConfig a = c.assessment();
        return new ScenarioConfig(c.name(), c.description(), c.calendar(), c.population(), c.need(), c.agencies(), c.frontDoor(),
                c.earlyHelp(), new AssessmentConfig(regime, a.prescribed(), a.localFramework(), a.workHoursShape(), a.accuracy(), a.outcomeThresholds()),
                c.plans(), c.care(), c.workforce(), c.costs());
    }
}
