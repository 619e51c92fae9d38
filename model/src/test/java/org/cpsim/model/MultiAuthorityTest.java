package org.cpsim.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.ModelTestSupport;
import org.cpsim.model.config.AuthoritySize;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/** Several authorities in one run: each its own services and workforce; national figures are their sums. */
class MultiAuthorityTest {

    @Test
    void nationalCountsAreTheSumOfTheAuthoritiesAndRatesAreRecomputed() {
        ScenarioConfig base = TestScenarios.authority(10_000, 2, 1);
        ScenarioConfig national = Records.with(base, "authorities",
                List.of(new AuthoritySize("north", 12_000), new AuthoritySize("south", 6_000), new AuthoritySize("east", 9_000)));
        RunResult r = Simulation.run(Scenario.of(national), 4, 0);
        assertEquals(3, r.authorities().size());
        assertEquals(List.of("north", "south", "east"), r.authorities().stream().map(RunResult::scenario).toList());
        for (int p = 0; p < r.periods().size(); p++) {
            for (Indicator i : List.of(Indicator.CHILDREN, Indicator.REFERRALS, Indicator.CP_PLANS_AT_END, Indicator.SW_CASE_HOLDERS_FTE,
                    Indicator.STATE_ASSESSMENT_IN, Indicator.HARM_DAYS_PER_10K)) {
                double sum = 0;
                for (RunResult a : r.authorities()) {
                    sum += i == Indicator.HARM_DAYS_PER_10K ? a.value(p, i) * a.value(p, Indicator.CHILDREN) / 10_000 : a.value(p, i);
                }
                double nationalValue = i == Indicator.HARM_DAYS_PER_10K ? r.value(p, i) * r.value(p, Indicator.CHILDREN) / 10_000 : r.value(p, i);
                assertEquals(sum, nationalValue, 1e-6 * Math.max(1, Math.abs(sum)), i.id() + " in " + r.periods().get(p).label());
            }
            double referrals = r.value(p, Indicator.REFERRALS);
            assertEquals(10_000 * referrals / r.value(p, Indicator.CHILDREN), r.value(p, Indicator.REFERRAL_RATE_PER_10K), 1e-9);
        }
        int firstYear = ModelTestSupport.firstYear(r);
        assertEquals(27_000, r.value(firstYear, Indicator.CHILDREN), 27_000 * 0.03, "sizes come from the authority list");
        assertEquals(12_000, r.authorities().get(0).value(firstYear, Indicator.CHILDREN), 12_000 * 0.03);
    }

    @Test
    void aSingleAuthorityRunIsUnchangedByTheMultiAuthorityMachinery() {
        ScenarioConfig base = TestScenarios.authority(8_000, 2, 1);
        RunResult plain = Simulation.run(Scenario.of(base), 4, 0);
        assertTrue(plain.authorities().isEmpty());
        RunResult again = Simulation.run(Scenario.of(base), 4, 0);
        for (int p = 0; p < plain.values().length; p++) assertArrayEquals(plain.values()[p], again.values()[p], 0.0);
    }
}
