package org.cpsim.model.service;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.Authority;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.workforce.CaseKind;

/**
 * Child in need plans (Children Act 1989 s17), reviewed at intervals: a review judges need again and
 * continues the plan, steps it down or closes it, or starts a strategy discussion.
 */
public final class ChildInNeedPlans {
    private final Authority authority;
    private final MersenneTwisterFast random;

    public ChildInNeedPlans(Authority authority, MersenneTwisterFast random) {
        this.authority = authority;
        this.random = random;
    }

    public void start(int child, double now) {
        authority.setState(child, ServiceState.CIN_PLAN);
        authority.workforce.changeKind(child, CaseKind.CIN_PLAN, now);
        authority.recorder.childInNeedPlanStarted();
        if (authority.population.help(child) != Help.CHILD_IN_NEED) authority.helpStarts(child, Help.CHILD_IN_NEED, now);
        scheduleReview(child, now);
    }

    private void scheduleReview(int child, double now) {
        PlansConfig plans = authority.config().plans();
        double at = now + plans.childInNeed().reviewIntervalWeeks() * 7;
        if (authority.workforce.overloaded(child)) at += plans.driftDelayWeeks() * 7;
        if (at >= authority.endTime) return;
        int version = authority.population.version(child);
        authority.events.at(at, s -> review(child, version, s.schedule.getTime()));
    }

    private void review(int child, int version, double now) {
        if (authority.population.version(child) != version) return;
        PlansConfig plans = authority.config().plans();
        double judged = authority.population.level(child) + plans.reviewPerceptionSd() * random.nextGaussian();
        int band = authority.config().assessment().outcomeThresholds().band(judged);
        switch (band) {
            case 3 -> authority.assessment.enquiryByOwnWorker(child, now);
            case 2 -> scheduleReview(child, now);
            default -> authority.closeCase(child, band, now);
        }
    }
}
