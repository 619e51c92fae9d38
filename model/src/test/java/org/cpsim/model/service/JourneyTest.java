package org.cpsim.model.service;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.cpsim.model.config.Band;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.testing.FakeServices;
import org.cpsim.model.testing.FakeServices.Route;
import org.cpsim.model.testing.Parts;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/** The journey on its own: where each decision leads, and a count of children in each state that never drifts. */
class JourneyTest {
    private final Parts parts = Parts.of(TestScenarios.authority(1_000, 1, 0), 4);
    private final FakeServices services = new FakeServices();

    private Journey journey(List<Band> stepDown) {
        Journey j = new Journey(parts.population(), parts.need(), parts.recorder(), services, stepDown);
        for (int child = 0; child < parts.population().alive(); child++) j.starts(child);
        return j;
    }

    @Test
    void aDecisionBelowChildProtectionLeadsToAPlanOrClosesTheCase() {
        Journey j = journey(List.of(Band.EARLY_HELP));
        j.move(1, ServiceState.ASSESSMENT);
        j.move(2, ServiceState.ASSESSMENT);
        j.move(3, ServiceState.ASSESSMENT);
        j.belowChildProtection(1, Band.SOCIAL_CARE, 0);
        j.belowChildProtection(2, Band.EARLY_HELP, 0);
        j.belowChildProtection(3, Band.NO_FURTHER_ACTION, 0);
        assertEquals(List.of(new Route("child in need plan", 1, "")), services.of(1));
        assertEquals(List.of(new Route("release worker", 2, ""), new Route("early help", 2, "step-down")), services.of(2));
        assertEquals(List.of(new Route("release worker", 3, "")), services.of(3), "no further action: no early help offered");
        assertEquals(ServiceState.NOT_KNOWN, parts.population().state(2));
        assertEquals(ServiceState.NOT_KNOWN, parts.population().state(3));
        assertEquals(Help.NONE, parts.population().help(3));
        assertThrows(IllegalArgumentException.class, () -> j.belowChildProtection(4, Band.CHILD_PROTECTION, 0));
    }

    @Test
    void theStepDownBandsAreTheScenarios() {
        Journey j = journey(List.of(Band.NO_FURTHER_ACTION, Band.EARLY_HELP));
        j.move(5, ServiceState.CIN_PLAN);
        j.closeCase(5, Band.NO_FURTHER_ACTION, 0);
        assertEquals(List.of(new Route("release worker", 5, ""), new Route("early help", 5, "step-down")), services.of(5));
    }

    @Test
    void everyMoveIsCountedSoChildrenAreConserved() {
        Journey j = journey(List.of(Band.EARLY_HELP));
        int children = parts.population().alive();
        ServiceState[] states = ServiceState.values();
        for (int child = 0; child < children; child++) j.move(child, states[child % states.length]);
        for (int child = 0; child < children; child += 3) j.move(child, ServiceState.NOT_KNOWN);
        int total = 0;
        for (ServiceState s : states) {
            int counted = 0;
            for (int child = 0; child < children; child++) if (parts.population().state(child) == s) counted++;
            assertEquals(counted, j.count(s), s.name());
            total += j.count(s);
        }
        assertEquals(children, total);
    }
}
