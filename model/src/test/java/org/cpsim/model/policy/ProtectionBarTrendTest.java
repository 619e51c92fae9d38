package org.cpsim.model.policy;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.cpsim.model.Simulation;
import org.cpsim.model.config.ConfigException;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/** The protection bar's trend: a step a year from its start, the steps after its evidence at the replication's share. */
class ProtectionBarTrendTest {
    private static final LocalDate FROM = LocalDate.of(2008, 11, 1);
    private static final LocalDate EVIDENCE_ENDS = LocalDate.of(2014, 4, 1);

    @Test
    void theBarStepsDownOnItsStartAndEachAnniversaryAndLaterStepsAtTheContinuationShare() {
        PlansConfig.BarTrend t = new PlansConfig.BarTrend(FROM, 0.05, EVIDENCE_ENDS, 0, 1);
        assertEquals(0, t.lowering(FROM.minusDays(1), 1));
        assertEquals(0.05, t.lowering(FROM, 1), 1e-12);
        assertEquals(0.05, t.lowering(FROM.plusYears(1).minusDays(1), 1), 1e-12);
        assertEquals(0.30, t.lowering(LocalDate.of(2013, 11, 1), 0.5), 1e-12);  // six steps, all before the evidence ends
        assertEquals(0.30 + 0.5 * 0.05, t.lowering(LocalDate.of(2014, 11, 1), 0.5), 1e-12);
        assertEquals(0.30, t.lowering(LocalDate.of(2018, 11, 1), 0), 1e-12);  // the trend stopped with its evidence
        assertEquals(0.55, t.lowering(LocalDate.of(2018, 11, 1), 1), 1e-12);  // ... or went on as before
        assertEquals(0.25, t.continuation(0.25), 1e-12);
        assertFalse(new PlansConfig.BarTrend(FROM, 0, EVIDENCE_ENDS, 0, 1).moves());
        assertEquals(0, new PlansConfig.BarTrend(FROM, 0, EVIDENCE_ENDS, 0, 1).lowering(LocalDate.of(2020, 1, 1), 1));
    }

    @Test
    void badTrendsAreRefusedNamingTheField() {
        assertEquals("continuationHigh", assertThrows(ConfigException.class,
                () -> new PlansConfig.BarTrend(FROM, 0.05, EVIDENCE_ENDS, 0.6, 0.4)).field());
        assertEquals("loweringPerYear", assertThrows(ConfigException.class,
                () -> new PlansConfig.BarTrend(FROM, 1.5, EVIDENCE_ENDS, 0, 1)).field());
        assertEquals("continuationLow", assertThrows(ConfigException.class,
                () -> new PlansConfig.BarTrend(FROM, 0.05, EVIDENCE_ENDS, -0.1, 1)).field());
    }

    @Test
    void aBarLoweredBelowTheSocialCareBarIsRefusedBeforeTheRunStarts() {
        ScenarioConfig c = withTrend(TestScenarios.authority(2_000, 2, 1), LocalDate.of(2009, 4, 1), 0.6);
        ConfigException e = assertThrows(ConfigException.class, () -> Simulation.run(Scenario.of(c), 1, 0));
        assertEquals("plans.childProtection.barTrend.loweringPerYear", e.field());
    }

    /**
     * Common random numbers make the runs identical until the first step; a much lower bar then makes more
     * plans. The trend's own draw (its continuation) is on its own stream, so it shifts no other.
     */
    @Test
    void runsAreIdenticalUntilTheFirstStepAndMakeMorePlansAfterIt() {
        ScenarioConfig base = TestScenarios.authority(20_000, 2, 1);
        LocalDate step = LocalDate.of(2010, 4, 1);
        RunResult without = Simulation.run(Scenario.of(base), 3, 0);
        RunResult with = Simulation.run(Scenario.of(withTrend(base, step, 0.5)), 3, 0);
        double before = 0;
        double after = 0;
        double afterWith = 0;
        for (int p = 0; p < without.periods().size(); p++) {
            Period period = without.periods().get(p);
            if (period.kind() != Period.Kind.MONTH) continue;
            double a = without.value(p, Indicator.CP_PLANS_STARTED);
            double b = with.value(p, Indicator.CP_PLANS_STARTED);
            if (period.start().isBefore(step)) {
                assertEquals(a, b, "before the first step, " + period.label());
                before += a;
            } else {
                after += a;
                afterWith += b;
            }
        }
        assertTrue(before > 0, "plans start before the step");
        // After the step the two runs differ; their plan counts are roughly Poisson, so "more plans" is a rise
        // beyond 4 sd of the difference of two such counts (a one-sided false alarm of about 3 in 100,000).
        assertTrue(afterWith - after > 4 * Math.sqrt(after + afterWith),
                "a bar half a level lower makes more plans: " + afterWith + " against " + after);
    }

    private static ScenarioConfig withTrend(ScenarioConfig c, LocalDate from, double perYear) {
        return Records.with(c, "plans.childProtection.barTrend", new PlansConfig.BarTrend(from, perYear, EVIDENCE_ENDS, 0, 1));
    }
}
