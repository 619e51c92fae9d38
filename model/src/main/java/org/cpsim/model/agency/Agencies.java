package org.cpsim.model.agency;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.AgenciesConfig;
import org.cpsim.model.config.Band;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.Thresholds;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.service.FrontDoor;
import org.cpsim.model.service.Journey;
import org.cpsim.model.service.Perception;

/**
 * Agencies that have noticed need (the noticing itself is a hazard in the need process) decide where
 * to send the concern. Where a social worker's advice is at hand (Munro recommendation 10), the
 * concern is talked through first: below the social care threshold it goes straight to early help, or
 * is settled with reassurance; otherwise it goes to the front door.
 */
public final class Agencies {
    /** How available advice is, and how the advising social worker perceives and bands need. */
    public record Settings(double adviceAvailability, double advicePerceptionSd, Thresholds adviceThresholds) {
        public static Settings from(ScenarioConfig c) {
            AgenciesConfig a = c.agencies();
            return new Settings(a.socialWorkAdviceAvailability(), a.advicePerceptionSd(), a.adviceThresholds());
        }
    }

    private final Population population;
    private final FrontDoor frontDoor;
    private final Journey journey;
    private final Recorder recorder;
    private final MersenneTwisterFast random;
    private Settings settings;

    public Agencies(Settings settings, Population population, FrontDoor frontDoor, Journey journey, Recorder recorder,
                    MersenneTwisterFast random) {
        this.settings = settings;
        this.population = population;
        this.frontDoor = frontDoor;
        this.journey = journey;
        this.recorder = recorder;
        this.random = random;
    }

    public void configure(Settings next) { this.settings = next; }

    public void concern(int child, int agency, double now) {
        double availability = settings.adviceAvailability();
        if (availability > 0 && random.nextDouble() < availability) {
            Band band = Perception.band(population.level(child), settings.advicePerceptionSd(), settings.adviceThresholds(), random);
            if (!band.atLeast(Band.SOCIAL_CARE)) {
                recorder.advisedToEarlyHelp();
                if (band == Band.EARLY_HELP && population.state(child) == ServiceState.NOT_KNOWN) {
                    journey.offerEarlyHelp(child, false, now);
                }
                return;
            }
        }
        frontDoor.contact(child, now);
    }
}
