package org.cpsim.model.service;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.Authority;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.workforce.CaseKind;

/**
 * After a section 47 enquiry: the initial child protection conference, child protection plans and
 * their review conferences, stepping down to a child in need plan, closing, or entering care.
 */
public final class ChildProtection {
    private final Authority authority;
    private final MersenneTwisterFast random;

    public ChildProtection(Authority authority, MersenneTwisterFast random) {
        this.authority = authority;
        this.random = random;
    }

    /** The enquiry's finding: significant harm goes to conference (or into care at once). */
    public void enquiryFinished(int child, int band, double strategyStart, double now) {
        if (band == 3) {
            if (random.nextDouble() < authority.config().care().emergencyEntryProbability()) {
                authority.care.enter(child, now);
                return;
            }
            PlansConfig.ChildProtectionConfig cp = authority.config().plans().childProtection();
            double at = Math.max(now, authority.calendar.addWorkingDays(strategyStart, cp.strategyToConferenceWorkingDays()));
            int version = authority.population.version(child);
            if (at < authority.endTime) {
                authority.events.at(at, s -> conference(child, version, s.schedule.getTime()));
            }
        } else if (band == 2) {
            authority.childInNeedPlans.start(child, now);
        } else {
            authority.closeCase(child, band, now);
        }
    }

    private void conference(int child, int version, double now) {
        if (authority.population.version(child) != version) return;
        authority.recorder.conference();
        authority.recorder.conferenceCost(authority.config().costs().conferencePerChild());
        double judged = authority.population.level(child)
                + authority.config().plans().childProtection().conferencePerceptionSd() * random.nextGaussian();
        int band = authority.config().assessment().outcomeThresholds().band(judged);
        if (band == 3) startPlan(child, now);
        else if (band == 2) authority.childInNeedPlans.start(child, now);
        else authority.closeCase(child, band, now);
    }

    private void startPlan(int child, double now) {
        Population population = authority.population;
        authority.setState(child, ServiceState.CP_PLAN);
        authority.workforce.changeKind(child, CaseKind.CP_PLAN, now);
        authority.recorder.protectionPlanStarted(population.everOnProtectionPlan(child));
        population.markProtectionPlan(child);
        authority.helpStarts(child, Help.CHILD_PROTECTION, now);
        scheduleReview(child, authority.config().plans().childProtection().firstReviewWeeks(), now);
    }

    private void scheduleReview(int child, double weeks, double now) {
        double at = now + weeks * 7;
        if (authority.workforce.overloaded(child)) at += authority.config().plans().driftDelayWeeks() * 7;
        if (at >= authority.endTime) return;
        int version = authority.population.version(child);
        authority.events.at(at, s -> review(child, version, s.schedule.getTime()));
    }

    private void review(int child, int version, double now) {
        if (authority.population.version(child) != version) return;
        authority.recorder.conferenceCost(authority.config().costs().conferencePerChild());
        double judged = authority.population.level(child)
                + authority.config().plans().childProtection().conferencePerceptionSd() * random.nextGaussian();
        int band = authority.config().assessment().outcomeThresholds().band(judged);
        if (band == 3) {
            if (random.nextDouble() < authority.config().care().entryAtReviewProbability()) {
                authority.recorder.protectionPlanEnded();
                authority.care.enter(child, now);
            } else {
                scheduleReview(child, authority.config().plans().childProtection().reviewIntervalWeeks(), now);
            }
            return;
        }
        authority.recorder.protectionPlanEnded();
        if (band == 2) authority.childInNeedPlans.start(child, now);
        else authority.closeCase(child, band, now);
    }
}
