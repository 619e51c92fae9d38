package org.cpsim.model.agency;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.Authority;
import org.cpsim.model.config.AgenciesConfig;
import org.cpsim.model.config.FrontDoorConfig;
import org.cpsim.model.family.ServiceState;

/**
 * Agencies that have noticed need (the noticing itself is a hazard in the need process) decide where
 * to send the concern. Where a social worker's advice is at hand (Munro recommendation 10), the
 * concern is talked through first: below the social care threshold it goes straight to early help, or
 * is settled with reassurance; otherwise it goes to the front door.
 */
public final class Agencies {
    private final Authority authority;
    private final MersenneTwisterFast random;

    public Agencies(Authority authority, MersenneTwisterFast random) {
        this.authority = authority;
        this.random = random;
    }

    public void concern(int child, int agency, double now) {
        AgenciesConfig config = authority.config().agencies();
        if (config.socialWorkAdviceAvailability() > 0 && random.nextDouble() < config.socialWorkAdviceAvailability()) {
            FrontDoorConfig fd = authority.config().frontDoor();
            double perceived = authority.population.level(child) + fd.perceptionSd() * random.nextGaussian();
            int band = fd.thresholds().band(perceived);
            if (band < 2) {
                authority.recorder.advisedToEarlyHelp();
                if (band == 1 && authority.population.state(child) == ServiceState.NOT_KNOWN) {
                    authority.earlyHelp.offer(child, false, now);
                }
                return;
            }
        }
        authority.frontDoor.contact(child, now);
    }
}
