package org.cpsim.model.service;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.Authority;
import org.cpsim.model.config.FrontDoorConfig;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;

/**
 * Contact, screening and referral. The decision is made on perceived need (true level plus error)
 * against the local thresholds: no further action, early help, assessment, or a strategy discussion
 * and section 47 enquiry.
 */
public final class FrontDoor {
    /** CIN census: a re-referral is a referral within 12 months of a previous referral. */
    private static final int RE_REFERRAL_WINDOW_DAYS = 365;

    private final Authority authority;
    private final MersenneTwisterFast random;

    public FrontDoor(Authority authority, MersenneTwisterFast random) {
        this.authority = authority;
        this.random = random;
    }

    public void contact(int child, double now) {
        Population population = authority.population;
        FrontDoorConfig config = authority.config().frontDoor();
        authority.recorder.contact();
        double perceived = population.level(child) + config.perceptionSd() * random.nextGaussian();
        int band = config.thresholds().band(perceived);
        ServiceState state = population.state(child);
        if (band == 0) return;
        if (band == 1) {
            if (state == ServiceState.NOT_KNOWN) authority.earlyHelp.offer(child, false, now);
            return;
        }
        refer(child, band, perceived, now);
    }

    private void refer(int child, int band, double perceived, double now) {
        Population population = authority.population;
        int today = (int) now;
        boolean reReferral = today - population.lastReferralDay(child) <= RE_REFERRAL_WINDOW_DAYS;
        population.setLastReferralDay(child, today);
        authority.recorder.referral(reReferral);
        if (random.nextDouble() < authority.config().frontDoor().referralNoFurtherActionProbability()) {
            authority.recorder.referralNoFurtherAction();
            return;
        }
        if (population.state(child) == ServiceState.EARLY_HELP) authority.earlyHelp.leave(child, now);
        authority.assessment.refer(child, band == 3, perceived, now);
    }
}
