package org.cpsim.model;

import static org.junit.jupiter.api.Assertions.*;

import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.family.ServiceState;
import org.junit.jupiter.api.Test;

/** Early help: capacity bought by investment, a first-come waiting list, voluntary take-up. */
class EarlyHelpTest {

    private static Authority withPlaces(double placesPer10k, double takeUp) {
        ScenarioConfig c = TestScenarios.authority(20_000, 1, 0);
        c = Records.with(c, "need.initialShares", new NeedConfig.InitialShares(0.3, 0, 0));
        c = Records.with(c, "earlyHelp.placesPer10kChildren", placesPer10k);
        c = Records.with(c, "earlyHelp.takeUpProbability", takeUp);
        return Simulation.started(Scenario.of(c), 2, 0).authority();
    }

    @Test
    void placesFollowInvestmentAndTheRestWaitInOrderOfOffer() {
        Authority a = withPlaces(50, 1.0); // 100 places for 20,000 children
        assertEquals(100, a.earlyHelp.places());
        for (int child = 0; child < 250; child++) a.earlyHelp.offer(child, false, 0);
        assertEquals(100, a.earlyHelp.active(), "no more episodes than places");
        assertEquals(150, a.earlyHelp.waiting());
        for (int child = 0; child < 250; child++) assertEquals(ServiceState.EARLY_HELP, a.population.state(child));
        // First come, first served: the first hundred offered are the ones helped.
        for (int child = 0; child < 100; child++) assertEquals(org.cpsim.model.family.Help.EARLY_HELP, a.population.help(child));
        for (int child = 100; child < 250; child++) assertEquals(org.cpsim.model.family.Help.NONE, a.population.help(child));
    }

    @Test
    void takeUpIsVoluntary() {
        Authority a = withPlaces(10_000, 0.6);
        int offered = 5_000;
        for (int child = 0; child < offered; child++) a.earlyHelp.offer(child, false, 0);
        int accepted = a.earlyHelp.active() + a.earlyHelp.waiting();
        double sd = Math.sqrt(offered * 0.6 * 0.4);
        assertEquals(offered * 0.6, accepted, ModelTestSupport.Z * sd, "binomial take-up");
    }

    @Test
    void aReferralTakesAChildOutOfEarlyHelpAndFreesItsPlace() {
        Authority a = withPlaces(5, 1.0); // 10 places
        for (int child = 0; child < 11; child++) a.earlyHelp.offer(child, false, 0);
        assertEquals(10, a.earlyHelp.active());
        assertEquals(1, a.earlyHelp.waiting());
        a.earlyHelp.leave(0, 1);
        assertEquals(10, a.earlyHelp.active(), "the waiting child takes the freed place");
        assertEquals(0, a.earlyHelp.waiting());
    }
}
