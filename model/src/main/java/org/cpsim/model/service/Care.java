package org.cpsim.model.service;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.CareConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.random.Draws;
import org.cpsim.model.workforce.CaseKind;
import org.cpsim.model.workforce.Workforce;

/** Looked-after children: entry for the most serious cases, exit home under a child in need plan, or at 18. */
public final class Care {
    private final EventScheduler events;
    private final Population population;
    private final Journey journey;
    private final Workforce workforce;
    private final Recorder recorder;
    private final MersenneTwisterFast random;
    private CareConfig config;

    public Care(CareConfig config, EventScheduler events, Population population, Journey journey, Workforce workforce,
                Recorder recorder, MersenneTwisterFast random) {
        this.config = config;
        this.events = events;
        this.population = population;
        this.journey = journey;
        this.workforce = workforce;
        this.recorder = recorder;
        this.random = random;
    }

    public void configure(CareConfig next) { this.config = next; }

    public void enter(int child, double now) {
        journey.move(child, ServiceState.LOOKED_AFTER);
        workforce.changeKind(child, CaseKind.LOOKED_AFTER, now);
        recorder.lookedAfterStarted();
        journey.helpStarts(child, Help.LOOKED_AFTER, now);
        double at = now + Draws.exponentialOrGamma(random, 1.0 / (config.meanYearsInCare() * 365.25), config.timeInCareShape());
        int version = population.version(child);
        events.at(at, s -> leaveCare(child, version, s.schedule.getTime()));
    }

    private void leaveCare(int child, int version, double now) {
        if (population.version(child) != version) return;
        recorder.lookedAfterCeased();
        journey.startChildInNeedPlan(child, now);
    }

    /** A looked-after child turns 18: the episode of care ends. */
    public void agedOut() { recorder.lookedAfterCeased(); }
}
