package org.cpsim.model.family;

import static org.junit.jupiter.api.Assertions.*;

import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.testing.Parts;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * A protection plan's lasting effect ({@code need.helpEffects.afterProtectionPlan}): once a child has been on a
 * plan and receives no help, need arises at the configured multiple of the rate for other children. Each child
 * leaves level none within a year with probability 1 - exp(-rate), independently, so each group's count is
 * binomial and the tolerance follows from its variance.
 */
class LastingEffectTest {
    /** Two-sided normal quantile: a 1-in-15,000 false alarm for each of the two groups. */
    private static final double Z = 4.0;

    @Test
    void needArisesAtTheLastingMultipleAfterAPlanAndAtTheFullRateOtherwise() {
        double rate = 0.3;
        double lasting = 0.25;
        ScenarioConfig c = TestScenarios.authority(20_000, 1, 0);
        c = Records.with(c, "need.initialShares", new NeedConfig.InitialShares(0, 0, 0));
        c = Records.with(c, "need.escalationPerYear", new NeedConfig.Escalation(rate, 0, 0));
        c = Records.with(c, "need.easingPerYear", new NeedConfig.Easing(0, 0, 0));
        c = Records.with(c, "need.riskMultipliers", new NeedConfig.RiskMultipliers(1, 1, 1, 1));
        c = Records.with(c, "need.helpEffects.afterProtectionPlan", new NeedConfig.HelpEffect(lasting, 1));
        c = Records.with(c, "agencies.concernRateMultiplier", 0.0);
        Parts parts = Parts.of(c, 7);
        Population population = parts.population();
        NeedProcess need = parts.need();
        int n = population.alive();
        // Every other child has been on a plan: on it, then off it, as the services move a child.
        for (int child = 0; child < n; child += 2) {
            need.setHelp(child, Help.CHILD_PROTECTION, 0);
            population.markProtectionPlan(child);
            need.setHelp(child, Help.NONE, 0);
        }
        double year = 365.25;
        while (need.nextTime() < year) need.fire(need.nextTime());

        int[] escalated = new int[2];
        int[] size = new int[2];
        for (int child = 0; child < n; child++) {
            int group = population.everOnProtectionPlan(child) ? 1 : 0;
            size[group]++;
            if (population.level(child) > 0) escalated[group]++;
        }
        check(size[0], escalated[0], 1 - Math.exp(-rate), "children never on a plan");
        check(size[1], escalated[1], 1 - Math.exp(-rate * lasting), "children after a plan");
    }

    private static void check(int n, int observed, double q, String who) {
        double sd = Math.sqrt(n * q * (1 - q));
        assertEquals(n * q, observed, Z * sd, who + ": " + observed + " of " + n + " left level none in a year");
    }
}
