package org.cpsim.model.service;

import java.util.ArrayDeque;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.EarlyHelpConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.NeedProcess;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.random.Draws;

/**
 * The early help offer: a number of places bought by investment, a first-come waiting list, voluntary
 * take-up, episodes of random length. A child in early help has its need hazards changed by
 * {@code need.helpEffects.earlyHelp}.
 */
public final class EarlyHelpService {
    private record Waiting(int child, int version, double since) {}

    private final EventScheduler events;
    private final Population population;
    private final NeedProcess need;
    private final Journey journey;
    private final Recorder recorder;
    private final MersenneTwisterFast random;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private EarlyHelpConfig config;
    private int places;
    private int active;
    private int waitingCount;

    public EarlyHelpService(EarlyHelpConfig config, EventScheduler events, Population population, NeedProcess need,
                            Journey journey, Recorder recorder, MersenneTwisterFast random) {
        this.config = config;
        this.events = events;
        this.population = population;
        this.need = need;
        this.journey = journey;
        this.recorder = recorder;
        this.random = random;
    }

    /** A policy change (or the start): the offer follows the new configuration. */
    public void configure(EarlyHelpConfig next, double now) {
        this.config = next;
        followPopulation(now);
    }

    /** Capacity follows the configured places per 10,000 children (re-read monthly as the population moves). */
    public void followPopulation(double now) {
        places = (int) Math.round(config.placesPer10kChildren() * population.alive() / 10000.0);
        fill(now);
    }

    public int places() { return places; }
    public int active() { return active; }
    public int waiting() { return waitingCount; }

    /** Offers early help to a child not known to services (stepDown: as its social care case closes). */
    public void offer(int child, boolean stepDown, double now) {
        double takeUp = stepDown ? config.stepDownTakeUpProbability() : config.takeUpProbability();
        if (random.nextDouble() >= takeUp) {
            recorder.earlyHelpDeclined();
            return;
        }
        journey.move(child, ServiceState.EARLY_HELP);
        if (active < places) {
            start(child, now, now);
        } else {
            int version = population.version(child);
            waiting.addLast(new Waiting(child, version, now));
            waitingCount++;
            events.at(now + config.maxWaitWeeks() * 7, s -> giveUp(child, version));
        }
    }

    private void start(int child, double since, double now) {
        active++;
        population.bumpVersion(child);
        int version = population.version(child);
        recorder.earlyHelpStarted(now - since);
        journey.helpStarts(child, Help.EARLY_HELP, now);
        double end = now + Draws.exponentialOrGamma(random, 1.0 / (config.meanEpisodeWeeks() * 7), config.episodeShape());
        events.at(end, s -> finish(child, version, s.schedule.getTime()));
    }

    private void finish(int child, int version, double now) {
        if (population.version(child) != version) return;
        active--;
        journey.move(child, ServiceState.NOT_KNOWN);
        need.setHelp(child, Help.NONE, now);
        fill(now);
    }

    private void giveUp(int child, int version) {
        if (population.version(child) != version) return; // started, referred on, or gone
        waitingCount--;
        journey.move(child, ServiceState.NOT_KNOWN);
    }

    /** A child in early help (waiting or active) is referred to social care or turns 18. */
    public void leave(int child, double now) {
        if (population.help(child) == Help.EARLY_HELP) {
            active--;
            need.setHelp(child, Help.NONE, now);
        } else {
            waitingCount--; // its queue entry goes stale with the state change
        }
        population.bumpVersion(child);
        fill(now);
    }

    private void fill(double now) {
        while (active < places && !waiting.isEmpty()) {
            Waiting w = waiting.pollFirst();
            if (population.version(w.child()) != w.version()) continue;
            waitingCount--;
            start(w.child(), w.since(), now);
        }
    }
}
