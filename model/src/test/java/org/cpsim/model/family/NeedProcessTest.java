package org.cpsim.model.family;

import static org.junit.jupiter.api.Assertions.*;

import org.cpsim.model.Simulation;
import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.testing.Records;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/**
 * With nothing else going on, need moves as the configured hazards say: each child present at time
 * t has left level none with probability 1 - exp(-rate t), independently of the others (ageing out is
 * independent of need), so the count is binomial and the tolerance follows from its variance.
 */
class NeedProcessTest {
    /** Two-sided normal quantile for a 1-in-1000 false alarm over all 12 monthly checks (Bonferroni). */
    private static final double Z = 4.0;

    private static ScenarioConfig isolated(double fromNone, double easingFromEmerging, double initialEmerging) {
        ScenarioConfig c = TestScenarios.authority(40_000, 1, 0);
        c = Records.with(c, "population.birthsPerThousandChildrenPerYear", 0.0);
        c = Records.with(c, "need.initialShares", new NeedConfig.InitialShares(initialEmerging, 0, 0));
        c = Records.with(c, "need.escalationPerYear", new NeedConfig.Escalation(fromNone, 0, 0));
        c = Records.with(c, "need.easingPerYear", new NeedConfig.Easing(easingFromEmerging, 0, 0));
        c = Records.with(c, "need.riskMultipliers", new NeedConfig.RiskMultipliers(1, 1, 1, 1));
        c = Records.with(c, "agencies.concernRateMultiplier", 0.0); // no concerns: no services, no help
        return c;
    }

    @Test
    void withNoHelpEscalationTimesAreExponentialAtTheConfiguredRate() {
        double rate = 0.3;
        RunResult r = Simulation.run(Scenario.of(isolated(rate, 0, 0)), 5, 0);
        checkMonthly(r, Indicator.NEED_EMERGING_AT_END, t -> 1 - Math.exp(-rate * t));
    }

    @Test
    void withNoHelpNeedEasesOnItsOwnAtTheConfiguredRate() {
        double rate = 0.5;
        RunResult r = Simulation.run(Scenario.of(isolated(0, rate, 1.0)), 6, 0);
        checkMonthly(r, Indicator.NEED_EMERGING_AT_END, t -> Math.exp(-rate * t));
    }

    private static void checkMonthly(RunResult r, Indicator indicator, java.util.function.DoubleUnaryOperator share) {
        int checked = 0;
        for (int p = 0; p < r.periods().size(); p++) {
            Period period = r.periods().get(p);
            if (period.kind() != Period.Kind.MONTH) continue;
            double years = period.endDay() / 365.25;
            double n = r.value(p, Indicator.CHILDREN);
            double q = share.applyAsDouble(years);
            double expected = n * q;
            double sd = Math.sqrt(n * q * (1 - q));
            double observed = r.value(p, indicator);
            assertEquals(expected, observed, Z * sd, "at the end of " + period.label());
            checked++;
        }
        assertEquals(12, checked);
    }
}
