package org.cpsim.model.service;

import java.util.HashMap;
import java.util.Map;

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
    /** The CIN census's duration bands: under 3 months (of 365.25 / 12 days) and 2 years or more. */
    public static final double THREE_MONTHS_DAYS = 3 * 365.25 / 12, TWO_YEARS_DAYS = 2 * 365.25;

    private final Authority authority;
    private final MersenneTwisterFast random;
    /** Children on a plan and when it started: only the plan durations the census reports need it. */
    private final Map<Integer, Double> planStarts = new HashMap<>();

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
        planStarts.put(child, now);
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
                planEnded(child, now);
                authority.care.enter(child, now);
            } else {
                scheduleReview(child, authority.config().plans().childProtection().reviewIntervalWeeks(), now);
            }
            return;
        }
        planEnded(child, now);
        if (band == 2) authority.childInNeedPlans.start(child, now);
        else authority.closeCase(child, band, now);
    }

    /** The plan of a child turning 18 ends with the child's time in the model. */
    public void agedOut(int child, double now) { planEnded(child, now); }

    private void planEnded(int child, double now) {
        Double start = planStarts.remove(child);
        authority.recorder.protectionPlanEnded(start == null ? 0 : now - start);
    }

    /** Plans open now that began less than {@link #THREE_MONTHS_DAYS} ago, and {@link #TWO_YEARS_DAYS} or more ago. */
    public int[] openPlansUnder3MonthsAnd2YearsPlus(double now) {
        int under = 0, over = 0;
        for (double start : planStarts.values()) {
            double lasted = now - start;
            if (lasted < THREE_MONTHS_DAYS) under++;
            if (lasted >= TWO_YEARS_DAYS) over++;
        }
        return new int[] {under, over};
    }
}
