package org.cpsim.model.service;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.cpsim.model.config.Band;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.testing.FakeServices;
import org.cpsim.model.testing.ModelTestSupport;
import org.cpsim.model.testing.Parts;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/** Early help on its own: capacity bought by investment, a first-come waiting list, voluntary take-up. */
class EarlyHelpServiceTest {
    private Parts parts;

    private EarlyHelpService withPlaces(double placesPer10k, double takeUp) {
        ScenarioConfig c = TestScenarios.authority(20_000, 1, 0);
        c = Records.with(c, "need.initialShares", new NeedConfig.InitialShares(0.3, 0, 0));
        c = Records.with(c, "earlyHelp.placesPer10kChildren", placesPer10k);
        c = Records.with(c, "earlyHelp.takeUpProbability", takeUp);
        parts = Parts.of(c, 2);
        Journey journey = new Journey(parts.population(), parts.need(), parts.recorder(), new FakeServices(), List.of(Band.EARLY_HELP));
        EarlyHelpService service = new EarlyHelpService(c.earlyHelp(), parts.events(), parts.population(), parts.need(), journey,
                parts.recorder(), parts.random(5));
        service.configure(c.earlyHelp(), 0);
        return service;
    }

    @Test
    void placesFollowInvestmentAndTheRestWaitInOrderOfOffer() {
        EarlyHelpService earlyHelp = withPlaces(50, 1.0); // 100 places for 20,000 children
        assertEquals(100, earlyHelp.places());
        for (int child = 0; child < 250; child++) earlyHelp.offer(child, false, 0);
        assertEquals(100, earlyHelp.active(), "no more episodes than places");
        assertEquals(150, earlyHelp.waiting());
        for (int child = 0; child < 250; child++) assertEquals(ServiceState.EARLY_HELP, parts.population().state(child));
        // First come, first served: the first hundred offered are the ones helped.
        for (int child = 0; child < 100; child++) assertEquals(Help.EARLY_HELP, parts.population().help(child));
        for (int child = 100; child < 250; child++) assertEquals(Help.NONE, parts.population().help(child));
    }

    @Test
    void takeUpIsVoluntary() {
        EarlyHelpService earlyHelp = withPlaces(10_000, 0.6);
        int offered = 5_000;
        for (int child = 0; child < offered; child++) earlyHelp.offer(child, false, 0);
        int accepted = earlyHelp.active() + earlyHelp.waiting();
        double sd = Math.sqrt(offered * 0.6 * 0.4);
        assertEquals(offered * 0.6, accepted, ModelTestSupport.Z * sd, "binomial take-up");
    }

    @Test
    void aReferralTakesAChildOutOfEarlyHelpAndFreesItsPlace() {
        EarlyHelpService earlyHelp = withPlaces(5, 1.0); // 10 places
        for (int child = 0; child < 11; child++) earlyHelp.offer(child, false, 0);
        assertEquals(10, earlyHelp.active());
        assertEquals(1, earlyHelp.waiting());
        earlyHelp.leave(0, 1);
        assertEquals(10, earlyHelp.active(), "the waiting child takes the freed place");
        assertEquals(0, earlyHelp.waiting());
        assertEquals(Help.EARLY_HELP, parts.population().help(10));
    }
}
