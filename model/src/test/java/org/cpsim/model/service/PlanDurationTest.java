package org.cpsim.model.service;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.cpsim.model.Simulation;
import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.testing.ModelTestSupport;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/**
 * The census's plan-duration figures, checked against what the model's own flows imply. No plan can end
 * before its first review (13 weeks in the test scenario, so under 3 months), so every plan started in the
 * last two months is still open and counted as under 3 months, and nothing started more than four months
 * ago is; the share of plans ending after 2 years or more is a share of the plans that ended.
 */
class PlanDurationTest {

    @Test
    void plansUnderThreeMonthsAreThoseStartedInTheLastThreeMonthsOrSo() {
        RunResult r = Simulation.run(Scenario.of(TestScenarios.authority(30_000, 4, 2)), 5, 0);
        List<Integer> months = new ArrayList<>();
        for (int p = 0; p < r.periods().size(); p++) if (r.periods().get(p).kind() == Period.Kind.MONTH) months.add(p);
        int checked = 0;
        for (int i = 4; i < months.size(); i++) {
            int now = months.get(i);
            double open = r.value(now, Indicator.CP_PLANS_AT_END);
            double under = r.value(now, Indicator.CP_AT_END_UNDER_3M_PCT) / 100 * open;
            double lastTwo = 0, lastFour = 0;
            for (int k = 0; k < 4; k++) {
                double started = r.value(months.get(i - k), Indicator.CP_PLANS_STARTED);
                lastFour += started;
                if (k < 2) lastTwo += started;
            }
            String at = r.periods().get(now).label();
            assertTrue(under >= lastTwo - 1e-6, at + ": " + under + " under 3 months, but " + lastTwo + " started in the last two months");
            assertTrue(under <= lastFour + 1e-6, at + ": " + under + " under 3 months, but only " + lastFour + " started in the last four");
            double twoYears = r.value(now, Indicator.CP_AT_END_2YRS_PLUS_PCT);
            assertTrue(twoYears >= 0 && twoYears + r.value(now, Indicator.CP_AT_END_UNDER_3M_PCT) <= 100 + 1e-9, at);
            if (lastTwo > 0) checked++;
        }
        assertTrue(checked > 12, "plans started in enough months to test: " + checked);
        double ended = ModelTestSupport.sumOverYears(r, Indicator.CP_PLANS_ENDED);
        assertTrue(ended > 0);
        for (int p = 0; p < r.periods().size(); p++) {
            double pct = r.value(p, Indicator.CP_PLANS_ENDED_2YRS_PLUS_PCT);
            if (r.value(p, Indicator.CP_PLANS_ENDED) > 0) assertTrue(pct >= 0 && pct <= 100, r.periods().get(p).label() + ": " + pct);
        }
    }
}
