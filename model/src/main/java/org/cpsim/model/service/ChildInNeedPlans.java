package org.cpsim.model.service;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.Band;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.Thresholds;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.workforce.CaseKind;
import org.cpsim.model.workforce.Workforce;

/**
 * Child in need plans (Children Act 1989 s17), reviewed at intervals: a review judges need again and
 * continues the plan, steps it down or closes it, or starts a strategy discussion.
 */
public final class ChildInNeedPlans {
    /** What the plans read from a configuration: the plans' own, the thresholds a review applies, and the chance of accommodation. */
    public record Settings(PlansConfig plans, Thresholds thresholds, double accommodationAtReviewProbability) {
        public static Settings from(ScenarioConfig c) {
            return new Settings(c.plans(), c.strategyThresholds(), c.care().accommodationAtReviewProbability());
        }
    }

    private final EventScheduler events;
    private final Population population;
    private final Journey journey;
    private final Workforce workforce;
    private final Recorder recorder;
    private final MersenneTwisterFast random;
    private Settings settings;

    public ChildInNeedPlans(Settings settings, EventScheduler events, Population population, Journey journey,
                            Workforce workforce, Recorder recorder, MersenneTwisterFast random) {
        this.settings = settings;
        this.events = events;
        this.population = population;
        this.journey = journey;
        this.workforce = workforce;
        this.recorder = recorder;
        this.random = random;
    }

    public void configure(Settings next) { this.settings = next; }

    public void start(int child, double now) {
        journey.move(child, ServiceState.CIN_PLAN);
        workforce.changeKind(child, CaseKind.CIN_PLAN, now);
        recorder.childInNeedPlanStarted();
        if (population.help(child) != Help.CHILD_IN_NEED) journey.helpStarts(child, Help.CHILD_IN_NEED, now);
        scheduleReview(child, now);
    }

    private void scheduleReview(int child, double now) {
        PlansConfig plans = settings.plans();
        double at = now + plans.childInNeed().reviewIntervalWeeks() * 7;
        if (workforce.overloaded(child)) at += plans.driftDelayWeeks() * 7;
        int version = population.version(child);
        events.at(at, s -> review(child, version, s.schedule.getTime()));
    }

    private void review(int child, int version, double now) {
        if (population.version(child) != version) return;
        Band band = Perception.band(population.level(child), settings.plans().reviewPerceptionSd(), settings.thresholds(), random);
        switch (band) {
            case CHILD_PROTECTION -> journey.enquiryByOwnWorker(child, now);
            case SOCIAL_CARE -> {
                // Drawn only where accommodation can happen, so a scenario without it keeps its random numbers.
                double p = settings.accommodationAtReviewProbability();
                if (p > 0 && random.nextDouble() < p) journey.enterCare(child, now);
                else scheduleReview(child, now);
            }
            default -> journey.closeCase(child, band, now);
        }
    }
}
