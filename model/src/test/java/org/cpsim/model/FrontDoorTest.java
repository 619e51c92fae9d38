package org.cpsim.model;

import static org.junit.jupiter.api.Assertions.*;

import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.junit.jupiter.api.Test;

/** A front door that perceives need perfectly routes exactly by the thresholds. */
class FrontDoorTest {

    @Test
    void aPerfectFrontDoorRefersExactlyTheChildrenAboveThreshold() {
        ScenarioConfig c = TestScenarios.authority(5_000, 1, 0);
        c = Records.with(c, "need.initialShares", new NeedConfig.InitialShares(0.3, 0.2, 0.1));
        c = Records.with(c, "frontDoor.perceptionSd", 0.0);
        c = Records.with(c, "frontDoor.referralNoFurtherActionProbability", 0.0);
        c = Records.with(c, "agencies.socialWorkAdviceAvailability", 0.0);
        c = Records.with(c, "earlyHelp.takeUpProbability", 1.0);
        c = Records.with(c, "earlyHelp.placesPer10kChildren", 10_000.0);
        Simulation sim = Simulation.started(Scenario.of(c), 1, 0);
        Authority authority = sim.authority();
        Population population = authority.population;
        int[] byLevel = new int[4];
        for (int child = 0; child < population.alive(); child++) {
            authority.frontDoor.contact(child, 0);
            int level = population.level(child);
            byLevel[level]++;
            ServiceState expected = switch (level) {
                case 0 -> ServiceState.NOT_KNOWN;
                case 1 -> ServiceState.EARLY_HELP;
                case 2 -> ServiceState.ASSESSMENT;
                default -> ServiceState.SECTION47;
            };
            assertEquals(expected, population.state(child), "child " + child + " at need level " + level);
        }
        for (int level = 0; level < 4; level++) assertTrue(byLevel[level] > 100, "every level is exercised");
    }
}
