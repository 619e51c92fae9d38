package org.cpsim.model;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.cpsim.model.config.AuthorityLevels;
import org.cpsim.model.config.AuthoritySize;
import org.cpsim.model.config.ConfigException;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.Thresholds;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * The bar for a strategy discussion: where an assessment, a child in need review and the front door start a
 * section 47 enquiry, apart from the bar an enquiry and a conference apply for a plan.
 */
class StrategyDiscussionTest {
    private static final ScenarioConfig BASE = TestScenarios.authority(20_000, 3, 1);

    private static AuthorityLevels strategy(double shift) { return AuthorityLevels.NEUTRAL.with("strategyThresholdShift", shift); }

    @Test
    void theShiftMovesTheBarForAStrategyDiscussionAndNotTheBarForAPlan() {
        ScenarioConfig c = BASE.forAuthority(new AuthoritySize("north", 12_000, strategy(0.3)));
        Thresholds outcome = BASE.assessment().outcomeThresholds();
        assertEquals(outcome, c.assessment().outcomeThresholds(), "an enquiry and a conference keep the bar for a plan");
        assertEquals(outcome.childProtection() + 0.3, c.strategyThresholds().childProtection(), 1e-12);
        assertEquals(outcome.socialCare(), c.strategyThresholds().socialCare(), 0.0);
        Thresholds door = BASE.frontDoor().thresholds();
        assertEquals(door.childProtection() + 0.3, c.frontDoor().thresholds().childProtection(), 1e-12, "straight to a strategy discussion");
        assertEquals(door.socialCare(), c.frontDoor().thresholds().socialCare(), 0.0);
        assertEquals(outcome, BASE.strategyThresholds(), "England's margin of 0: the protection bar itself");
    }

    /** The level runs exactly as the scenario's margin and front door moved by hand. */
    @Test
    void anAuthoritysShiftIsTheScenarioWithItsBarsMovedByHand() {
        double shift = -0.2;
        ScenarioConfig own = Records.with(BASE, "authorities", List.of(new AuthoritySize("north", 9_000, strategy(shift)), new AuthoritySize("south", 5_000)));
        ScenarioConfig byHand = Records.with(Records.with(Records.with(BASE,
                        "plans.childProtection.strategyDiscussionMargin", -shift),
                        "frontDoor.thresholds.childProtection", BASE.frontDoor().thresholds().childProtection() + shift),
                "authorities", List.of(new AuthoritySize("north", 9_000), new AuthoritySize("south", 5_000)));
        RunResult a = Simulation.run(Scenario.of(own), 5, 0).authorities().get(0);
        RunResult b = Simulation.run(Scenario.of(byHand), 5, 0).authorities().get(0);
        for (int p = 0; p < a.values().length; p++) assertArrayEquals(b.values()[p], a.values()[p], 0.0, "period " + p);
    }

    /**
     * A higher bar for a strategy discussion makes fewer enquiries, and more of them find significant harm: the
     * enquiries a plan takes, which the protection bar alone cannot set. Tolerances are 4 sd of the counts'
     * Poisson noise (two independent runs) and of the binomial share of enquiries reaching a plan.
     */
    @Test
    void aHigherBarMakesFewerEnquiriesEachMoreOftenAPlan() {
        double[] england = totals(with(BASE, 0), 11), higher = totals(with(BASE, 0.4), 11);
        double enquiries = england[0], fewer = higher[0];
        assertTrue(fewer < enquiries - 4 * Math.sqrt(enquiries + fewer), "enquiries " + fewer + " against " + enquiries);
        double share = england[1] / enquiries, higherShare = higher[1] / fewer;
        double pooled = (england[1] + higher[1]) / (enquiries + fewer);
        double sd = Math.sqrt(pooled * (1 - pooled) * (1 / enquiries + 1 / fewer));
        assertTrue(higherShare > share + 4 * sd, "plans per enquiry " + higherShare + " against " + share + " (sd " + sd + ")");
    }

    @Test
    void aBarForAStrategyDiscussionBelowTheSocialCareBarIsRefusedByName() {
        double gap = BASE.assessment().outcomeThresholds().childProtection() - BASE.assessment().outcomeThresholds().socialCare();
        ConfigException national = assertThrows(ConfigException.class,
                () -> Records.with(BASE, "plans.childProtection.strategyDiscussionMargin", gap + 0.1));
        assertEquals("plans.childProtection.strategyDiscussionMargin", national.field());
        ConfigException local = assertThrows(ConfigException.class,
                () -> Records.with(BASE, "authorities", List.of(new AuthoritySize("north", 9_000, strategy(-gap - 0.1)))));
        assertEquals("authorities[0].levels.strategyThresholdShift", local.field());
    }

    private static ScenarioConfig with(ScenarioConfig base, double shift) {
        return Records.with(base, "authorities", List.of(new AuthoritySize("north", base.population().children(), strategy(shift))));
    }

    /** Section 47 enquiries and CP plans started over the reporting years. */
    private static double[] totals(ScenarioConfig config, long seed) {
        RunResult r = Simulation.run(Scenario.of(config), seed, 0);
        RunResult run = r.authorities().isEmpty() ? r : r.authorities().get(0);
        double enquiries = 0, plans = 0;
        for (int p = 0; p < run.periods().size(); p++) {
            enquiries += run.value(p, Indicator.SECTION47_ENQUIRIES);
            plans += run.value(p, Indicator.CP_PLANS_STARTED);
        }
        return new double[] {enquiries, plans};
    }
}
