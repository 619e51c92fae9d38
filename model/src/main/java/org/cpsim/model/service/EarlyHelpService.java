package org.cpsim.model.service;

import java.util.ArrayDeque;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.Authority;
import org.cpsim.model.config.EarlyHelpConfig;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.random.Draws;

/**
 * The early help offer: a number of places bought by investment, a first-come waiting list, voluntary
 * take-up, episodes of random length. A child in early help has its need hazards changed by
 * {@code need.helpEffects.earlyHelp}.
 */
public final class EarlyHelpService {
    private record Waiting(int child, int version, double since) {}

    private final Authority authority;
    private final MersenneTwisterFast random;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private int places;
    private int active;
    private int waitingCount;

    public EarlyHelpService(Authority authority, MersenneTwisterFast random) {
        this.authority = authority;
        this.random = random;
    }

    /** Capacity follows the configured places per 10,000 children. */
    public void configure(double now) {
        places = (int) Math.round(authority.config().earlyHelp().placesPer10kChildren() * authority.population.alive() / 10000.0);
        fill(now);
    }

    public int places() { return places; }
    public int active() { return active; }
    public int waiting() { return waitingCount; }

    /** Offers early help to a child not known to services (stepDown: as its social care case closes). */
    public void offer(int child, boolean stepDown, double now) {
        EarlyHelpConfig config = authority.config().earlyHelp();
        double takeUp = stepDown ? config.stepDownTakeUpProbability() : config.takeUpProbability();
        if (random.nextDouble() >= takeUp) {
            authority.recorder.earlyHelpDeclined();
            return;
        }
        authority.setState(child, ServiceState.EARLY_HELP);
        if (active < places) {
            start(child, now, now);
        } else {
            int version = authority.population.version(child);
            waiting.addLast(new Waiting(child, version, now));
            waitingCount++;
            double giveUp = now + config.maxWaitWeeks() * 7;
            if (giveUp < authority.endTime) {
                authority.events.at(giveUp, s -> giveUp(child, version, now));
            }
        }
    }

    private void start(int child, double since, double now) {
        active++;
        authority.population.bumpVersion(child);
        int version = authority.population.version(child);
        authority.recorder.earlyHelpStarted(now - since);
        authority.helpStarts(child, Help.EARLY_HELP, now);
        double end = now + Draws.exponential(random, 1.0 / (authority.config().earlyHelp().meanEpisodeWeeks() * 7));
        if (end < authority.endTime) {
            authority.events.at(end, s -> finish(child, version, s.schedule.getTime()));
        }
    }

    private void finish(int child, int version, double now) {
        if (authority.population.version(child) != version) return;
        active--;
        authority.setState(child, ServiceState.NOT_KNOWN);
        authority.need.setHelp(child, Help.NONE, now);
        fill(now);
    }

    private void giveUp(int child, int version, double since) {
        if (authority.population.version(child) != version) return; // started, referred on, or gone
        waitingCount--;
        authority.setState(child, ServiceState.NOT_KNOWN);
    }

    /** A child in early help (waiting or active) is referred to social care or turns 18. */
    public void leave(int child, double now) {
        if (authority.population.help(child) == Help.EARLY_HELP) {
            active--;
            authority.need.setHelp(child, Help.NONE, now);
        } else {
            waitingCount--; // its queue entry goes stale with the state change
        }
        authority.population.bumpVersion(child);
        fill(now);
    }

    private void fill(double now) {
        while (active < places && !waiting.isEmpty()) {
            Waiting w = waiting.pollFirst();
            if (authority.population.version(w.child()) != w.version()) continue;
            waitingCount--;
            start(w.child(), w.since(), now);
        }
    }
}
