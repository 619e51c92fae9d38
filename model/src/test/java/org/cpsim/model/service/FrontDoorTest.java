package org.cpsim.model.service;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.cpsim.model.config.Band;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.family.NeedLevel;
import org.cpsim.model.testing.FakeServices;
import org.cpsim.model.testing.FakeServices.Route;
import org.cpsim.model.testing.Parts;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/** The front door on its own: a perfect screening routes each child exactly by the thresholds. */
class FrontDoorTest {

    @Test
    void aPerfectFrontDoorRefersExactlyTheChildrenAboveThreshold() {
        ScenarioConfig c = TestScenarios.authority(5_000, 1, 0);
        c = Records.with(c, "need.initialShares", new NeedConfig.InitialShares(0.3, 0.2, 0.1));
        c = Records.with(c, "frontDoor.perceptionSd", 0.0);
        c = Records.with(c, "frontDoor.referralNoFurtherActionProbability", 0.0);
        Parts parts = Parts.of(c, 1);
        FakeServices services = new FakeServices();
        Journey journey = new Journey(parts.population(), parts.need(), parts.recorder(), services, List.of(Band.EARLY_HELP));
        FrontDoor frontDoor = new FrontDoor(c.frontDoor(), parts.population(), journey, parts.recorder(), parts.random(7));
        int[] byLevel = new int[NeedLevel.COUNT];
        for (int child = 0; child < parts.population().alive(); child++) {
            frontDoor.contact(child, 0);
            NeedLevel level = NeedLevel.of(parts.population().level(child));
            byLevel[level.code()]++;
            List<Route> expected = switch (level) {
                case NONE -> List.of();
                case EMERGING -> List.of(new Route("early help", child, "offer"));
                case COMPLEX -> List.of(new Route("refer", child, "assessment"));
                case SIGNIFICANT_HARM -> List.of(new Route("refer", child, "enquiry"));
            };
            assertEquals(expected, services.of(child), "child " + child + " at need level " + level.label());
        }
        for (int level = 0; level < NeedLevel.COUNT; level++) assertTrue(byLevel[level] > 100, "every level is exercised");
    }

    @Test
    void aReferralClosedWithNoFurtherActionGoesNowhere() {
        ScenarioConfig c = TestScenarios.authority(2_000, 1, 0);
        c = Records.with(c, "need.initialShares", new NeedConfig.InitialShares(0, 1.0, 0));
        c = Records.with(c, "frontDoor.perceptionSd", 0.0);
        c = Records.with(c, "frontDoor.referralNoFurtherActionProbability", 1.0);
        Parts parts = Parts.of(c, 2);
        FakeServices services = new FakeServices();
        Journey journey = new Journey(parts.population(), parts.need(), parts.recorder(), services, List.of(Band.EARLY_HELP));
        FrontDoor frontDoor = new FrontDoor(c.frontDoor(), parts.population(), journey, parts.recorder(), parts.random(3));
        for (int child = 0; child < parts.population().alive(); child++) frontDoor.contact(child, 0);
        assertEquals(List.of(), services.routes(), "every referral is closed before assessment");
    }
}
