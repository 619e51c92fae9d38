package org.cpsim.model.service;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.cpsim.model.config.Band;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.family.NeedLevel;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.testing.FakeServices;
import org.cpsim.model.testing.FakeServices.Route;
import org.cpsim.model.testing.Parts;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.workforce.Workforce;
import org.junit.jupiter.api.Test;

/** Child in need plans and child protection on their own: where a perfect review or conference sends each child. */
class PlansTest {
    private final ScenarioConfig config;
    private final Parts parts;
    private final FakeServices services = new FakeServices();
    private final Journey journey;
    private final Workforce workforce;

    PlansTest() {
        ScenarioConfig c = TestScenarios.authority(4_000, 1, 0);
        c = Records.with(c, "need.initialShares", new NeedConfig.InitialShares(0.25, 0.25, 0.25));
        c = Records.with(c, "plans.reviewPerceptionSd", 0.0);
        c = Records.with(c, "plans.childProtection.conferencePerceptionSd", 0.0);
        c = Records.with(c, "care.emergencyEntryProbability", 0.0);
        c = Records.with(c, "care.entryAtReviewProbability", 0.0);
        config = c;
        parts = Parts.of(c, 21);
        journey = new Journey(parts.population(), parts.need(), parts.recorder(), services, List.of(Band.EARLY_HELP));
        for (int child = 0; child < parts.population().alive(); child++) journey.starts(child);
        workforce = parts.workforce(22);
    }

    @Test
    void aChildInNeedReviewContinuesStepsDownClosesOrEscalates() {
        ChildInNeedPlans plans = new ChildInNeedPlans(ChildInNeedPlans.Settings.from(config), parts.events(), parts.population(),
                journey, workforce, parts.recorder(), parts.random(23));
        int none = parts.childAt(NeedLevel.NONE), emerging = parts.childAt(NeedLevel.EMERGING);
        int complex = parts.childAt(NeedLevel.COMPLEX), harm = parts.childAt(NeedLevel.SIGNIFICANT_HARM);
        for (int child : new int[] {none, emerging, complex, harm}) plans.start(child, 0);
        parts.run();
        assertEquals(List.of(new Route("release worker", none, "")), services.of(none), "no further action: closed");
        assertEquals(List.of(new Route("release worker", emerging, ""), new Route("early help", emerging, "step-down")), services.of(emerging));
        assertEquals(List.of(), services.of(complex), "still in need: the plan goes on, review after review");
        assertEquals(ServiceState.CIN_PLAN, parts.population().state(complex));
        assertEquals(List.of(new Route("enquiry by own worker", harm, "")), services.of(harm));
    }

    @Test
    void aConferenceStartsAPlanForSignificantHarmAndRoutesTheRestBelowIt() {
        ChildProtection protection = new ChildProtection(ChildProtection.Settings.from(config), parts.events(), parts.calendar(),
                parts.population(), journey, workforce, parts.recorder(), parts.random(24));
        int complex = parts.childAt(NeedLevel.COMPLEX), harm = parts.childAt(NeedLevel.SIGNIFICANT_HARM);
        protection.enquiryFinished(complex, Band.CHILD_PROTECTION, 0, 0);
        protection.enquiryFinished(harm, Band.CHILD_PROTECTION, 0, 0);
        protection.enquiryFinished(parts.childAt(NeedLevel.NONE), Band.SOCIAL_CARE, 0, 0);
        parts.run();
        assertEquals(List.of(new Route("child in need plan", complex, "")), services.of(complex), "the conference finds need below harm");
        assertEquals(ServiceState.CP_PLAN, parts.population().state(harm));
        assertEquals(List.of(), services.of(harm), "reviews keep the plan while harm lasts (no entry to care in this configuration)");
        assertEquals(List.of(new Route("child in need plan", parts.childAt(NeedLevel.NONE), "")), services.of(parts.childAt(NeedLevel.NONE)),
                "an enquiry finding social care need goes straight to a plan");
    }

    /** Accommodation from a child in need plan: only a review that still finds social care need, and at the configured chance. */
    @Test
    void aChildInNeedReviewThatStillFindsNeedAccommodatesTheChildAtTheConfiguredChance() {
        for (double p : new double[] {0, 1}) {
            ScenarioConfig c = Records.with(config, "care.accommodationAtReviewProbability", p);
            FakeServices fakes = new FakeServices();
            Parts parts = Parts.of(c, 21);
            Journey j = new Journey(parts.population(), parts.need(), parts.recorder(), fakes, List.of(Band.EARLY_HELP));
            for (int child = 0; child < parts.population().alive(); child++) j.starts(child);
            ChildInNeedPlans plans = new ChildInNeedPlans(ChildInNeedPlans.Settings.from(c), parts.events(), parts.population(),
                    j, parts.workforce(22), parts.recorder(), parts.random(23));
            int complex = parts.childAt(NeedLevel.COMPLEX), none = parts.childAt(NeedLevel.NONE);
            plans.start(complex, 0);
            plans.start(none, 0);
            parts.run();
            assertEquals(p == 1 ? List.of(new Route("care", complex, "")) : List.of(), fakes.of(complex), "accommodation chance " + p);
            assertTrue(fakes.of(none).stream().noneMatch(r -> r.to().equals("care")), "no need found: closed, never accommodated");
        }
    }

    /** Care at a review needs the bar for care proceedings as well as the plan's: a child judged exactly at level 3 is below a bar of 3.2. */
    @Test
    void aReviewBringsAChildIntoCareOnlyAtOrAboveTheBarForCare() {
        for (double bar : new double[] {0, 3.0, 3.2}) {
            ScenarioConfig c = Records.with(Records.with(config, "care.entryAtReviewProbability", 1.0), "care.entryAtReviewThreshold", bar);
            FakeServices fakes = new FakeServices();
            Parts p = Parts.of(c, 21);
            Journey j = new Journey(p.population(), p.need(), p.recorder(), fakes, List.of(Band.EARLY_HELP));
            for (int child = 0; child < p.population().alive(); child++) j.starts(child);
            ChildProtection protection = new ChildProtection(ChildProtection.Settings.from(c), p.events(), p.calendar(),
                    p.population(), j, p.workforce(22), p.recorder(), p.random(24));
            int harm = p.childAt(NeedLevel.SIGNIFICANT_HARM);
            protection.enquiryFinished(harm, Band.CHILD_PROTECTION, 0, 0);
            p.run();
            boolean entered = fakes.of(harm).stream().anyMatch(r -> r.to().equals("care"));
            assertEquals(bar <= 3.0, entered, "bar for care " + bar + ": " + fakes.of(harm));
        }
    }
}
