package org.cpsim.model.workforce;

import static org.junit.jupiter.api.Assertions.*;

import org.cpsim.model.Simulation;
import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.ModelTestSupport;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.WorkforceConfig;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/** With stress switched off, turnover follows the configured hazard and vacancies last the recruitment lag. */
class WorkforceTest {
    private static final double Z = 3.29;

    private static ScenarioConfig noStress(double leaving, double lagWeeks) {
        ScenarioConfig c = TestScenarios.authority(20_000, 5, 1);
        c = Records.with(c, "workforce.fundedPostsPer10kChildren", 150.0); // 300 posts: plenty of leavers to measure
        c = Records.with(c, "workforce.stress", new WorkforceConfig.StressConfig(0, 0, 1));
        c = Records.with(c, "workforce.turnover", new WorkforceConfig.TurnoverConfig(leaving, 0, 1));
        c = Records.with(c, "workforce.recruitment", new WorkforceConfig.RecruitmentConfig(lagWeeks, 1, 0.3, 48));
        c = Records.with(c, "workforce.agency.coverProbability", 0.0);
        return c;
    }

    @Test
    void turnoverMatchesTheConfiguredHazard() {
        double leaving = 0.2;
        RunResult r = Simulation.run(Scenario.of(noStress(leaving, 8)), 2, 0);
        double hazard = -Math.log1p(-leaving);
        double leavers = ModelTestSupport.sumOverYears(r, Indicator.SW_PERMANENT_LEAVERS);
        double exposure = ModelTestSupport.sumOverYears(r, Indicator.SW_PERMANENT_YEARS);
        // Leavers are Poisson given the exposure: rate sd = sqrt(hazard / exposure).
        assertTrue(exposure > 1000, "enough worker-years to test");
        assertEquals(hazard, leavers / exposure, Z * Math.sqrt(hazard / exposure));
    }

    @Test
    void experiencedWorkersMovingOnAddToTheHazardOnlyOnceExperienced() {
        ScenarioConfig c = noStress(0.1, 8);
        // Everyone is experienced from the start (initial experience ~ 60 months; threshold 0): hazard = base + moving on.
        c = Records.with(c, "workforce.turnover", new WorkforceConfig.TurnoverConfig(0.1, 0, 1, 0.2, 0));
        c = Records.with(c, "workforce.recruitment", new WorkforceConfig.RecruitmentConfig(8, 1, 0.0, 48));
        RunResult r = Simulation.run(Scenario.of(c), 4, 0);
        double hazard = -Math.log1p(-0.1) - Math.log1p(-0.2);
        double leavers = ModelTestSupport.sumOverYears(r, Indicator.SW_PERMANENT_LEAVERS);
        double exposure = ModelTestSupport.sumOverYears(r, Indicator.SW_PERMANENT_YEARS);
        assertEquals(hazard, leavers / exposure, Z * Math.sqrt(hazard / exposure));
    }

    @Test
    void vacanciesLastTheRecruitmentLag() {
        double lagWeeks = 10;
        RunResult r = Simulation.run(Scenario.of(noStress(0.2, lagWeeks)), 3, 0);
        double appointments = ModelTestSupport.sumOverYears(r, Indicator.SW_APPOINTMENTS);
        double meanDays = 0;
        for (int p = ModelTestSupport.firstYear(r); p < r.periods().size(); p++) {
            meanDays += r.value(p, Indicator.SW_VACANCY_DURATION_DAYS_MEAN) * r.value(p, Indicator.SW_APPOINTMENTS);
        }
        meanDays /= appointments;
        double expected = lagWeeks * 7;
        // Exponential lags: the sd of one duration equals its mean.
        assertTrue(appointments > 200);
        assertEquals(expected, meanDays, Z * expected / Math.sqrt(appointments));
    }
}
