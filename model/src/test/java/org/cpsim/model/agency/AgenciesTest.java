package org.cpsim.model.agency;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.cpsim.model.config.Band;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.Thresholds;
import org.cpsim.model.service.FrontDoor;
import org.cpsim.model.service.Journey;
import org.cpsim.model.testing.FakeServices;
import org.cpsim.model.testing.FakeServices.Route;
import org.cpsim.model.testing.Parts;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/** Social work advice judges need with its own perception and thresholds, not the front door's. */
class AgenciesTest {

    @Test
    void adviceUsesItsOwnThresholds() {
        ScenarioConfig c = TestScenarios.authority(1_000, 1, 0);
        c = Records.with(c, "need.initialShares", new NeedConfig.InitialShares(0, 1.0, 0)); // every child at complex need
        c = Records.with(c, "frontDoor.perceptionSd", 0.0);
        c = Records.with(c, "frontDoor.referralNoFurtherActionProbability", 0.0);
        Parts parts = Parts.of(c, 5);
        FakeServices services = new FakeServices();
        Journey journey = new Journey(parts.population(), parts.need(), parts.recorder(), services, List.of(Band.EARLY_HELP));
        FrontDoor frontDoor = new FrontDoor(c.frontDoor(), parts.population(), journey, parts.recorder(), parts.random(6));
        // The adviser's social care threshold is above complex need: complex need is advised to early help...
        Agencies advised = new Agencies(new Agencies.Settings(1.0, 0.0, new Thresholds(0.5, 2.2, 3.0)), parts.population(),
                frontDoor, journey, parts.recorder(), parts.random(7));
        advised.concern(0, 0, 0);
        assertEquals(List.of(new Route("early help", 0, "offer")), services.of(0));
        // ...while with the front door's own thresholds it is a referral for assessment.
        Agencies asFrontDoor = new Agencies(new Agencies.Settings(1.0, 0.0, c.frontDoor().thresholds()), parts.population(),
                frontDoor, journey, parts.recorder(), parts.random(8));
        asFrontDoor.concern(1, 0, 0);
        assertEquals(List.of(new Route("refer", 1, "assessment")), services.of(1));
    }
}
