package org.cpsim.model.service;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.Band;
import org.cpsim.model.config.FrontDoorConfig;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Recorder;

/**
 * Contact, screening and referral. The decision is made on perceived need (true level plus error)
 * against the local thresholds: no further action, early help, assessment, or a strategy discussion
 * and section 47 enquiry.
 */
public final class FrontDoor {
    /** CIN census: a re-referral is a referral within 12 months of a previous referral. */
    private static final int RE_REFERRAL_WINDOW_DAYS = 365;

    private final Population population;
    private final Journey journey;
    private final Recorder recorder;
    private final MersenneTwisterFast random;
    private FrontDoorConfig config;

    public FrontDoor(FrontDoorConfig config, Population population, Journey journey, Recorder recorder, MersenneTwisterFast random) {
        this.config = config;
        this.population = population;
        this.journey = journey;
        this.recorder = recorder;
        this.random = random;
    }

    /** A policy change: screening follows the new front door configuration. */
    public void configure(FrontDoorConfig next) { this.config = next; }

    public void contact(int child, double now) {
        recorder.contact();
        double perceived = Perception.score(population.level(child), config.perceptionSd(), random);
        Band band = config.thresholds().band(perceived);
        switch (band) {
            case NO_FURTHER_ACTION -> { }
            case EARLY_HELP -> {
                if (population.state(child) == ServiceState.NOT_KNOWN) journey.offerEarlyHelp(child, false, now);
            }
            case SOCIAL_CARE, CHILD_PROTECTION -> refer(child, band, perceived, now);
        }
    }

    private void refer(int child, Band band, double perceived, double now) {
        int today = (int) now;
        boolean reReferral = today - population.lastReferralDay(child) <= RE_REFERRAL_WINDOW_DAYS;
        population.setLastReferralDay(child, today);
        recorder.referral(reReferral);
        if (random.nextDouble() < config.referralNoFurtherActionProbability()) {
            recorder.referralNoFurtherAction();
            return;
        }
        if (population.state(child) == ServiceState.EARLY_HELP) journey.leaveEarlyHelp(child, now);
        journey.refer(child, band == Band.CHILD_PROTECTION, perceived, now);
    }
}
