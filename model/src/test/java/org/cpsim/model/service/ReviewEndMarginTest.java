package org.cpsim.model.service;

import static org.junit.jupiter.api.Assertions.*;

import org.cpsim.model.Simulation;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * A review that ends a plan only once need is judged clearly below the bar for starting one keeps plans
 * open longer and ends fewer with the child still at significant harm, so fewer children come back.
 */
class ReviewEndMarginTest {

    @Test
    void aMarginKeepsPlansOpenLongerAndFewerChildrenReturnToASecondPlan() {
        double[] same = run(0), margin = run(0.8);
        assertTrue(margin[0] > same[0], "children on a plan: " + margin[0] + " with a margin against " + same[0]);
        assertTrue(margin[1] < same[1], "share of young plans: " + margin[1] + " against " + same[1]);
        assertTrue(margin[2] < same[2], "repeat plans: " + margin[2] + "% against " + same[2] + "%");
    }

    /** Over four replications' three years: plans at year ends, % under 3 months, % repeat plans. */
    private static double[] run(double margin) {
        ScenarioConfig c = Records.with(TestScenarios.authority(30_000, 3, 3), "plans.childProtection.reviewEndMargin", margin);
        double plans = 0, young = 0, repeat = 0;
        for (int rep = 0; rep < 4; rep++) {
            RunResult r = Simulation.run(Scenario.of(c), 7, rep);
            for (int p = 0; p < r.periods().size(); p++) {
                if (r.periods().get(p).kind() != Period.Kind.YEAR) continue;
                plans += r.value(p, Indicator.CP_PLANS_AT_END);
                young += r.value(p, Indicator.CP_AT_END_UNDER_3M_PCT);
                repeat += r.value(p, Indicator.CP_PLANS_REPEAT_PCT);
            }
        }
        return new double[] {plans, young, repeat};
    }
}
