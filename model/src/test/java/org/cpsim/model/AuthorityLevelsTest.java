package org.cpsim.model;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.cpsim.model.config.AuthorityLevels;
import org.cpsim.model.config.AuthoritySize;
import org.cpsim.model.config.ConfigException;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.Thresholds;
import org.cpsim.model.metrics.RunResult;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/** An authority's own levels change exactly the parameters they name, at every date, and neutral levels change nothing. */
class AuthorityLevelsTest {
    private static final ScenarioConfig BASE = TestScenarios.authority(10_000, 2, 1);
    private static final AuthoritySize PLAIN = new AuthoritySize("north", 12_000);

    @Test
    void neutralLevelsGiveTheScenariosOwnConfiguration() {
        ScenarioConfig plain = BASE.forAuthority(PLAIN);
        assertEquals(plain, BASE.forAuthority(new AuthoritySize("north", 12_000, AuthorityLevels.NEUTRAL)));
        assertEquals(BASE.need(), plain.need());
        assertEquals(BASE.care(), plain.care());
        assertEquals(12_000, plain.population().children());
        assertTrue(new AuthoritySize("x", 1, null).levels().isNeutral(), "no levels means England's");
    }

    @Test
    void eachLevelScalesTheParametersItNames() {
        ScenarioConfig c = BASE.forAuthority(new AuthoritySize("north", 12_000, new AuthorityLevels(1.5, 0.8, 0.25, 0, 0, 2, 1.2)));
        assertEquals(BASE.need().escalationPerYear().fromNone() * 1.5, c.need().escalationPerYear().fromNone(), 1e-12);
        assertEquals(BASE.need().escalationPerYear().fromEmerging(), c.need().escalationPerYear().fromEmerging(), 0.0);
        assertEquals(BASE.need().escalationPerYear().fromComplex(), c.need().escalationPerYear().fromComplex(), 0.0);
        assertEquals(BASE.agencies().concernRateMultiplier() * 0.8, c.agencies().concernRateMultiplier(), 1e-12);
        assertShifted(BASE.frontDoor().thresholds(), c.frontDoor().thresholds(), 0.25);
        assertShifted(BASE.assessment().outcomeThresholds(), c.assessment().outcomeThresholds(), 0.25);
        double p = BASE.care().entryAtReviewProbability();
        assertEquals(2 * p / (1 - p + 2 * p), c.care().entryAtReviewProbability(), 1e-12);
        double q = BASE.care().emergencyEntryProbability();
        assertEquals(2 * q / (1 - q + 2 * q), c.care().emergencyEntryProbability(), 1e-12);
        assertEquals(BASE.workforce().fundedPostsPer10kChildren() * 1.2, c.workforce().fundedPostsPer10kChildren(), 1e-12);
        // Nothing else moves.
        assertEquals(BASE.earlyHelp(), c.earlyHelp());
        assertEquals(BASE.plans(), c.plans());
        assertEquals(BASE.costs(), c.costs());
        assertEquals(BASE.workforce().stress(), c.workforce().stress());
        assertEquals(BASE.assessment().accuracy(), c.assessment().accuracy());
    }

    @Test
    void badLevelsNameTheirField() {
        assertEquals("needOnsetMultiplier", assertThrows(ConfigException.class, () -> new AuthorityLevels(-1, 1, 0, 0, 0, 1, 1)).field());
        assertEquals("thresholdShift", assertThrows(ConfigException.class, () -> new AuthorityLevels(1, 1, Double.NaN, 0, 0, 1, 1)).field());
        assertEquals("referralThresholdShift", assertThrows(ConfigException.class, () -> new AuthorityLevels(1, 1, 0, Double.POSITIVE_INFINITY, 0, 1, 1)).field());
        assertEquals("protectionThresholdShift", assertThrows(ConfigException.class, () -> new AuthorityLevels(1, 1, 0, 0, Double.NaN, 1, 1)).field());
        assertEquals("careEntryOddsMultiplier", assertThrows(ConfigException.class, () -> new AuthorityLevels(1, 1, 0, 0, 0, 0, 1)).field());
        assertEquals("fundedPostsMultiplier", assertThrows(ConfigException.class, () -> new AuthorityLevels(1, 1, 0, 0, 0, 1, 0)).field());
    }

    /** Each bar's own shift moves its one cut point, on top of the shift of every bar, and nothing else. */
    @Test
    void eachBarsShiftMovesOnlyItsCutPoint() {
        Thresholds door = BASE.frontDoor().thresholds(), outcome = BASE.assessment().outcomeThresholds();
        ScenarioConfig referral = BASE.forAuthority(new AuthoritySize("north", 12_000, new AuthorityLevels(1, 1, 0, -0.3, 0, 1, 1)));
        assertEquals(new Thresholds(door.earlyHelp(), door.socialCare() - 0.3, door.childProtection()), referral.frontDoor().thresholds());
        assertSame(BASE.assessment(), referral.assessment(), "the outcome thresholds untouched");
        assertEquals(BASE.frontDoor().perceptionSd(), referral.frontDoor().perceptionSd());
        assertEquals(BASE.frontDoor().referralNoFurtherActionProbability(), referral.frontDoor().referralNoFurtherActionProbability());

        ScenarioConfig protection = BASE.forAuthority(new AuthoritySize("north", 12_000, new AuthorityLevels(1, 1, 0, 0, 0.2, 1, 1)));
        assertEquals(new Thresholds(outcome.earlyHelp(), outcome.socialCare(), outcome.childProtection() + 0.2), protection.assessment().outcomeThresholds());
        assertSame(BASE.frontDoor(), protection.frontDoor(), "the front door's thresholds untouched");
        assertEquals(BASE.assessment().accuracy(), protection.assessment().accuracy());
        assertEquals(BASE.assessment().prescribed(), protection.assessment().prescribed());
        assertEquals(BASE.need(), protection.need());
        assertEquals(BASE.plans(), protection.plans());

        // With the shift of every bar: both apply.
        ScenarioConfig both = BASE.forAuthority(new AuthoritySize("north", 12_000, new AuthorityLevels(1, 1, 0.1, -0.2, 0.3, 1, 1)));
        assertEquals(door.socialCare() + 0.1 - 0.2, both.frontDoor().thresholds().socialCare(), 1e-12);
        assertEquals(door.childProtection() + 0.1, both.frontDoor().thresholds().childProtection(), 1e-12);
        assertEquals(outcome.childProtection() + 0.1 + 0.3, both.assessment().outcomeThresholds().childProtection(), 1e-12);
        assertEquals(outcome.socialCare() + 0.1, both.assessment().outcomeThresholds().socialCare(), 1e-12);
    }

    /** A bar shifted past its neighbour is refused, naming the shift (and, in a scenario, the authority). */
    @Test
    void aShiftThatPutsTheCutPointsOutOfOrderIsRefused() {
        Thresholds door = BASE.frontDoor().thresholds(), outcome = BASE.assessment().outcomeThresholds();
        double past = door.childProtection() - door.socialCare() + 0.01;
        ConfigException referral = assertThrows(ConfigException.class,
                () -> BASE.forAuthority(new AuthoritySize("north", 12_000, new AuthorityLevels(1, 1, 0, past, 0, 1, 1))));
        assertEquals("referralThresholdShift", referral.field());
        assertTrue(referral.expected().contains("frontDoor.thresholds"), referral.expected());
        double below = door.earlyHelp() - door.socialCare();
        assertEquals("referralThresholdShift", assertThrows(ConfigException.class,
                () -> BASE.forAuthority(new AuthoritySize("north", 12_000, new AuthorityLevels(1, 1, 0, below, 0, 1, 1)))).field(), "equal is out of order too");
        double under = outcome.socialCare() - outcome.childProtection() - 0.01;
        ConfigException protection = assertThrows(ConfigException.class,
                () -> BASE.forAuthority(new AuthoritySize("north", 12_000, new AuthorityLevels(1, 1, 0, 0, under, 1, 1))));
        assertEquals("protectionThresholdShift", protection.field());
        assertTrue(protection.expected().contains("assessment.outcomeThresholds"), protection.expected());
        // In a scenario's list of authorities: refused when the configuration is made, naming the authority.
        ConfigException listed = assertThrows(ConfigException.class, () -> Records.with(BASE, "authorities",
                List.of(new AuthoritySize("south", 5_000), new AuthoritySize("north", 9_000, new AuthorityLevels(1, 1, 0, 0, under, 1, 1)))));
        assertEquals("authorities[1].levels.protectionThresholdShift", listed.field());
    }

    /**
     * An authority with a need level runs exactly as it would if the scenario's own values, at the
     * start and after a dated change, were scaled by hand: the level holds through the timeline.
     */
    @Test
    void levelsApplyToTheConfigurationInForceAtEveryDate() {
        double m = 1.4;
        LocalDate change = LocalDate.of(2010, 4, 1);
        ScenarioConfig raised = Records.with(BASE, "need.escalationPerYear.fromNone", 0.12);
        ScenarioConfig withLevel = Records.with(BASE, "authorities",
                List.of(new AuthoritySize("north", 9_000, new AuthorityLevels(m, 1, 0, 0, 0, 1, 1)), new AuthoritySize("south", 5_000)));
        Scenario levelled = new Scenario(withLevel, List.of(new Scenario.PolicyChange(change, "more need",
                Records.with(withLevel, "need.escalationPerYear.fromNone", 0.12))));

        ScenarioConfig byHand = Records.with(Records.with(BASE, "need.escalationPerYear.fromNone", 0.08 * m), "authorities",
                List.of(new AuthoritySize("north", 9_000), new AuthoritySize("south", 5_000)));
        Scenario scaled = new Scenario(byHand, List.of(new Scenario.PolicyChange(change, "more need",
                Records.with(byHand, "need.escalationPerYear.fromNone", raised.need().escalationPerYear().fromNone() * m))));

        RunResult a = Simulation.run(levelled, 3, 0).authorities().get(0);
        RunResult b = Simulation.run(scaled, 3, 0).authorities().get(0);
        for (int p = 0; p < a.values().length; p++) assertArrayEquals(b.values()[p], a.values()[p], 0.0, "period " + p);
        // And the level did something: the same authority at England's level differs.
        Scenario neutral = new Scenario(Records.with(withLevel, "authorities",
                List.of(new AuthoritySize("north", 9_000), new AuthoritySize("south", 5_000))), levelled.timeline());
        RunResult c = Simulation.run(neutral, 3, 0).authorities().get(0);
        assertFalse(java.util.Arrays.deepEquals(a.values(), c.values()));
    }

    @Test
    void aChangeBetweenYearsAppliesFromItsDateAndNeedsOne() {
        LocalDate from = LocalDate.of(2013, 4, 1);
        AuthorityLevels l = new AuthorityLevels(1, 1, 0, 0.1, -0.2, 1, 1, -0.3, 0.15, from);
        assertTrue(l.changes());
        assertEquals(0.1, l.at(from.minusDays(1)).referralThresholdShift(), 1e-12);
        assertEquals(-0.2, l.at(from.minusDays(1)).protectionThresholdShift(), 1e-12);
        assertEquals(0.1 - 0.3, l.at(from).referralThresholdShift(), 1e-12);
        assertEquals(-0.2 + 0.15, l.at(from).protectionThresholdShift(), 1e-12);
        assertFalse(l.at(from).changes(), "the levels in force carry no change of their own");
        assertFalse(new AuthorityLevels(1, 1, 0, 0, 0, 1, 1, 0, 0, from).changes(), "a date alone changes nothing");
        assertEquals("changeFrom", assertThrows(ConfigException.class, () -> new AuthorityLevels(1, 1, 0, 0, 0, 1, 1, 0.1, 0, null)).field());
        // A change that would put the cut points out of order is refused when the scenario is made, like a shift.
        double below = BASE.frontDoor().thresholds().earlyHelp() - BASE.frontDoor().thresholds().socialCare();
        ConfigException e = assertThrows(ConfigException.class, () -> Records.with(BASE, "authorities",
                List.of(new AuthoritySize("north", 9_000, new AuthorityLevels(1, 1, 0, 0, 0, 1, 1, below, 0, from)))));
        assertEquals("authorities[0].levels.referralThresholdShift", e.field());
    }

    /**
     * An authority whose front door changes on a date of its own runs exactly as it would if the scenario lowered
     * its social-care bar by a dated change on that day: the change is scheduled like a change of policy, and the
     * days before it are untouched.
     */
    @Test
    void anAuthoritysOwnChangeRunsAsADatedChangeOfPolicy() {
        LocalDate from = LocalDate.of(2010, 4, 1);
        double change = -0.3;
        ScenarioConfig own = Records.with(BASE, "authorities",
                List.of(new AuthoritySize("north", 9_000, new AuthorityLevels(1, 1, 0, 0.1, 0, 1, 1, change, 0, from)), new AuthoritySize("south", 5_000)));
        ScenarioConfig byHand = Records.with(BASE, "authorities",
                List.of(new AuthoritySize("north", 9_000, new AuthorityLevels(1, 1, 0, 0.1, 0, 1, 1)), new AuthoritySize("south", 5_000)));
        Thresholds t = BASE.frontDoor().thresholds();
        ScenarioConfig lowered = Records.with(byHand, "frontDoor.thresholds", new Thresholds(t.earlyHelp(), t.socialCare() + change, t.childProtection()));
        RunResult a = Simulation.run(Scenario.of(own), 3, 0).authorities().get(0);
        RunResult b = Simulation.run(new Scenario(byHand, List.of(new Scenario.PolicyChange(from, "a lower bar", lowered))), 3, 0).authorities().get(0);
        for (int p = 0; p < a.values().length; p++) assertArrayEquals(b.values()[p], a.values()[p], 0.0, "period " + p);
        RunResult none = Simulation.run(Scenario.of(byHand), 3, 0).authorities().get(0);
        assertFalse(java.util.Arrays.deepEquals(a.values(), none.values()), "the change did something");
    }

    /**
     * An authority's child in need review runs exactly as the scenario's review interval multiplied, and longer
     * reviews hold more children on plans at the end of the year for the plans started (the level's purpose).
     */
    @Test
    void theChildInNeedReviewMultipliesTheReviewIntervalAndLengthensPlans() {
        double m = 2;
        AuthorityLevels longer = new AuthorityLevels(1, 1, 0, 0, 0, 1, 1, 0, 0, null, m, 0);
        ScenarioConfig c = BASE.forAuthority(new AuthoritySize("north", 12_000, longer));
        assertEquals(BASE.plans().childInNeed().reviewIntervalWeeks() * m, c.plans().childInNeed().reviewIntervalWeeks(), 1e-12);
        assertEquals(BASE.plans().childInNeed().hoursPerWeek(), c.plans().childInNeed().hoursPerWeek(), 0.0);
        assertEquals(BASE.plans().childProtection(), c.plans().childProtection());
        assertEquals(m, longer.at(LocalDate.of(2030, 1, 1)).childInNeedReviewMultiplier(), 0.0, "kept at every date");
        assertEquals("childInNeedReviewMultiplier", assertThrows(ConfigException.class, () -> new AuthorityLevels(1, 1, 0, 0, 0, 1, 1, 0, 0, null, 0, 0)).field());

        ScenarioConfig own = Records.with(BASE, "authorities", List.of(new AuthoritySize("north", 9_000, longer), new AuthoritySize("south", 5_000)));
        ScenarioConfig byHand = Records.with(Records.with(BASE, "plans.childInNeed.reviewIntervalWeeks", BASE.plans().childInNeed().reviewIntervalWeeks() * m),
                "authorities", List.of(new AuthoritySize("north", 9_000), new AuthoritySize("south", 5_000)));
        RunResult a = Simulation.run(Scenario.of(own), 3, 0).authorities().get(0);
        RunResult b = Simulation.run(Scenario.of(byHand), 3, 0).authorities().get(0);
        for (int p = 0; p < a.values().length; p++) assertArrayEquals(b.values()[p], a.values()[p], 0.0, "period " + p);
        RunResult england = Simulation.run(Scenario.of(Records.with(BASE, "authorities", List.of(new AuthoritySize("north", 9_000), new AuthoritySize("south", 5_000)))), 3, 0).authorities().get(0);
        int last = a.periods().size() - 1;
        double held = a.value(last, org.cpsim.model.metrics.Indicator.STATE_CIN_PLAN_AT_END), heldEngland = england.value(last, org.cpsim.model.metrics.Indicator.STATE_CIN_PLAN_AT_END);
        assertTrue(held > 1.3 * heldEngland, "children on plans at the end: " + held + " against England's review " + heldEngland);
    }

    /** Every number of the record can be set by name, and setting one changes only it: a new level cannot be left out. */
    @Test
    void everyLevelCanBeSetByNameAlone() throws Exception {
        AuthorityLevels from = new AuthorityLevels(1.1, 1.2, 0.01, 0.02, 0.03, 1.3, 1.4, 0.04, 0.05, LocalDate.of(2013, 4, 1), 1.5, 0.06);
        int numbers = 0;
        for (java.lang.reflect.RecordComponent c : AuthorityLevels.class.getRecordComponents()) {
            if (c.getType() != double.class) continue;
            numbers++;
            AuthorityLevels set = from.with(c.getName(), 0.77);
            for (java.lang.reflect.RecordComponent other : AuthorityLevels.class.getRecordComponents()) {
                Object expected = other.getName().equals(c.getName()) ? (Object) 0.77 : other.getAccessor().invoke(from);
                assertEquals(expected, other.getAccessor().invoke(set), c.getName() + " set, " + other.getName() + " read");
            }
        }
        assertEquals(11, numbers);
        assertThrows(IllegalArgumentException.class, () -> from.with("changeFrom", 1));
        assertEquals("careEntryOddsMultiplier", assertThrows(ConfigException.class, () -> from.with("careEntryOddsMultiplier", 0)).field());
    }

    private static void assertShifted(Thresholds before, Thresholds after, double shift) {
        assertEquals(before.earlyHelp() + shift, after.earlyHelp(), 1e-12);
        assertEquals(before.socialCare() + shift, after.socialCare(), 1e-12);
        assertEquals(before.childProtection() + shift, after.childProtection(), 1e-12);
    }
}
