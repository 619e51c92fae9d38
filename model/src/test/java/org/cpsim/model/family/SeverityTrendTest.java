package org.cpsim.model.family;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;

import org.cpsim.model.Simulation;
import org.cpsim.model.config.ConfigException;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * The trend in need reaching significant harm ({@code need.severityTrend}): the escalation from complex need
 * compounds a step a year from its start, the steps after its evidence at the replication's share; more
 * children reach the protection level, so more enquiries and more plans, with the bars where they were.
 */
class SeverityTrendTest {
    private static final LocalDate FROM = LocalDate.of(2009, 4, 1);
    private static final LocalDate EVIDENCE_ENDS = LocalDate.of(2014, 4, 1);

    @Test
    void theFactorCompoundsOnItsStartAndEachAnniversaryAndLaterStepsAtTheContinuationShare() {
        NeedConfig.SeverityTrend t = new NeedConfig.SeverityTrend(FROM, 0.1, EVIDENCE_ENDS, 0, 1);
        assertEquals(1, t.factor(FROM.minusDays(1), 1));
        assertEquals(1.1, t.factor(FROM, 1), 1e-12);
        assertEquals(Math.pow(1.1, 5), t.factor(LocalDate.of(2013, 4, 1), 0.5), 1e-12);  // five steps, all in the evidence
        assertEquals(Math.pow(1.1, 5.5), t.factor(LocalDate.of(2014, 4, 1), 0.5), 1e-12);  // the sixth at half a step
        assertEquals(Math.pow(1.1, 5), t.factor(LocalDate.of(2018, 4, 1), 0), 1e-12);  // the trend stopped with its evidence
        assertEquals(Math.pow(1.1, 10), t.factor(LocalDate.of(2018, 4, 1), 1), 1e-12);  // ... or went on as before
        assertFalse(new NeedConfig.SeverityTrend(FROM, 0, EVIDENCE_ENDS, 0, 1).moves());
        assertEquals(1, new NeedConfig.SeverityTrend(FROM, 0, EVIDENCE_ENDS, 0, 1).factor(LocalDate.of(2020, 1, 1), 1));
    }

    @Test
    void badTrendsAreRefusedNamingTheField() {
        assertEquals("perYear", assertThrows(ConfigException.class, () -> new NeedConfig.SeverityTrend(FROM, -0.6, EVIDENCE_ENDS, 0, 1)).field());
        assertEquals("continuationHigh", assertThrows(ConfigException.class, () -> new NeedConfig.SeverityTrend(FROM, 0.1, EVIDENCE_ENDS, 0.6, 0.4)).field());
        assertEquals("continuationLow", assertThrows(ConfigException.class, () -> new NeedConfig.SeverityTrend(FROM, 0.1, EVIDENCE_ENDS, -0.1, 1)).field());
    }

    /**
     * Common random numbers make the runs identical until the first step; afterwards, with the escalation to
     * significant harm raised 90% in a step, more enquiries and more plans start. Counts are roughly Poisson, so
     * "more" is a rise beyond 4 sd of the difference of two such counts.
     */
    @Test
    void runsAreIdenticalUntilTheFirstStepAndMoreChildrenComeToProtectionAfterIt() {
        ScenarioConfig base = TestScenarios.authority(40_000, 4, 1);
        LocalDate step = LocalDate.of(2010, 4, 1);
        RunResult without = Simulation.run(Scenario.of(base), 3, 0);
        RunResult with = Simulation.run(Scenario.of(withTrend(base, step, 0.9)), 3, 0);
        double before = 0;
        double[] after = new double[2];
        double[] afterWith = new double[2];
        Indicator[] counted = {Indicator.SECTION47_ENQUIRIES, Indicator.CP_PLANS_STARTED};
        for (int p = 0; p < without.periods().size(); p++) {
            Period period = without.periods().get(p);
            if (period.kind() != Period.Kind.MONTH) continue;
            for (int i = 0; i < counted.length; i++) {
                double a = without.value(p, counted[i]);
                double b = with.value(p, counted[i]);
                if (period.start().isBefore(step)) {
                    assertEquals(a, b, "before the first step, " + counted[i] + " " + period.label());
                    before += a;
                } else {
                    after[i] += a;
                    afterWith[i] += b;
                }
            }
        }
        assertTrue(before > 0, "enquiries and plans start before the step");
        for (int i = 0; i < counted.length; i++) {
            assertTrue(afterWith[i] - after[i] > 4 * Math.sqrt(after[i] + afterWith[i]),
                    "a steeper escalation to significant harm gives more " + counted[i] + ": " + afterWith[i] + " against " + after[i]);
        }
    }

    private static ScenarioConfig withTrend(ScenarioConfig c, LocalDate from, double perYear) {
        return Records.with(c, "need.severityTrend", new NeedConfig.SeverityTrend(from, perYear, EVIDENCE_ENDS, 0, 1));
    }
}
