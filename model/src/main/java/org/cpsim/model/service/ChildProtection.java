package org.cpsim.model.service;

import java.util.HashMap;
import java.util.Map;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.Band;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.Thresholds;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.PlanDurations;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.workforce.CaseKind;
import org.cpsim.model.workforce.Workforce;

/**
 * After a section 47 enquiry: the initial child protection conference, child protection plans and
 * their review conferences, stepping down to a child in need plan, closing, or entering care.
 */
public final class ChildProtection {
    /**
     * What child protection reads from a configuration: the plans, the chances of entering care, a
     * conference's cost to other agencies, and the thresholds a conference applies.
     */
    public record Settings(PlansConfig plans, double emergencyEntryProbability, double entryAtReviewProbability,
                           double entryAtReviewThreshold, double conferenceCostPerChild, Thresholds thresholds) {
        public static Settings from(ScenarioConfig c) {
            return new Settings(c.plans(), c.care().emergencyEntryProbability(), c.care().entryAtReviewProbability(),
                    c.care().entryAtReviewThreshold(), c.costs().conferencePerChild(), c.assessment().outcomeThresholds());
        }
    }

    private final EventScheduler events;
    private final WorkingCalendar calendar;
    private final Population population;
    private final Journey journey;
    private final Workforce workforce;
    private final Recorder recorder;
    private final MersenneTwisterFast random;
    /** Children on a plan and when it started: only the plan durations the census reports need it. */
    private final Map<Integer, Double> planStarts = new HashMap<>();
    private Settings settings;

    public ChildProtection(Settings settings, EventScheduler events, WorkingCalendar calendar, Population population,
                           Journey journey, Workforce workforce, Recorder recorder, MersenneTwisterFast random) {
        this.settings = settings;
        this.events = events;
        this.calendar = calendar;
        this.population = population;
        this.journey = journey;
        this.workforce = workforce;
        this.recorder = recorder;
        this.random = random;
    }

    public void configure(Settings next) { this.settings = next; }

    /** The enquiry's finding: significant harm goes to conference (or into care at once). */
    public void enquiryFinished(int child, Band band, double strategyStart, double now) {
        if (band != Band.CHILD_PROTECTION) {
            journey.belowChildProtection(child, band, now);
            return;
        }
        if (random.nextDouble() < settings.emergencyEntryProbability()) {
            journey.enterCare(child, now);
            return;
        }
        PlansConfig.ChildProtectionConfig cp = settings.plans().childProtection();
        double at = Math.max(now, calendar.addWorkingDays(strategyStart, cp.strategyToConferenceWorkingDays()));
        int version = population.version(child);
        events.at(at, s -> conference(child, version, s.schedule.getTime()));
    }

    private void conference(int child, int version, double now) {
        if (population.version(child) != version) return;
        recorder.conference();
        recorder.conferenceCost(settings.conferenceCostPerChild());
        Band band = judged(child);
        if (band == Band.CHILD_PROTECTION) startPlan(child, now);
        else journey.belowChildProtection(child, band, now);
    }

    private Band judged(int child) {
        double sd = settings.plans().childProtection().conferencePerceptionSd();
        return Perception.band(population.level(child), sd, settings.thresholds(), random);
    }

    private void startPlan(int child, double now) {
        journey.move(child, ServiceState.CP_PLAN);
        workforce.changeKind(child, CaseKind.CP_PLAN, now);
        recorder.protectionPlanStarted(population.everOnProtectionPlan(child));
        planStarts.put(child, now);
        journey.helpStarts(child, Help.CHILD_PROTECTION, now);
        population.markProtectionPlan(child);  // after the help changes, so the need process never sees a marked child with no help in an unmarked stratum
        scheduleReview(child, settings.plans().childProtection().firstReviewWeeks(), now);
    }

    private void scheduleReview(int child, double weeks, double now) {
        double at = now + weeks * 7;
        if (workforce.overloaded(child)) at += settings.plans().driftDelayWeeks() * 7;
        int version = population.version(child);
        events.at(at, s -> review(child, version, s.schedule.getTime()));
    }

    private void review(int child, int version, double now) {
        if (population.version(child) != version) return;
        recorder.conferenceCost(settings.conferenceCostPerChild());
        PlansConfig.ChildProtectionConfig cp = settings.plans().childProtection();
        double score = Perception.score(population.level(child), cp.conferencePerceptionSd(), random);
        Band band = settings.thresholds().band(score);
        // Care needs the plan's finding and the bar for care proceedings, which the plan's bar moving does not move.
        boolean careMayFollow = band == Band.CHILD_PROTECTION && score >= settings.entryAtReviewThreshold();
        if (careMayFollow && random.nextDouble() < settings.entryAtReviewProbability()) {
            planEnded(child, now);
            journey.enterCare(child, now);
            return;
        }
        // A plan continues until the conference is satisfied that the risk has fallen: need judged below
        // the threshold for starting a plan by the margin, not merely below it.
        if (band == Band.CHILD_PROTECTION || score >= settings.thresholds().childProtection() - cp.reviewEndMargin()) {
            scheduleReview(child, cp.reviewIntervalWeeks(), now);
            return;
        }
        planEnded(child, now);
        journey.belowChildProtection(child, band, now);
    }

    /** The plan of a child turning 18 ends with the child's time in the model. */
    public void agedOut(int child, double now) { planEnded(child, now); }

    private void planEnded(int child, double now) {
        Double start = planStarts.remove(child);
        recorder.protectionPlanEnded(start == null ? 0 : now - start);
    }

    /** Plans open now that began less than three months ago, and two years or more ago (the census's bands). */
    public int[] openPlansUnder3MonthsAnd2YearsPlus(double now) {
        int under = 0, over = 0;
        for (double start : planStarts.values()) {
            double lasted = now - start;
            if (lasted < PlanDurations.THREE_MONTHS_DAYS) under++;
            if (lasted >= PlanDurations.TWO_YEARS_DAYS) over++;
        }
        return new int[] {under, over};
    }
}
