package org.cpsim.model.family;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.PopulationConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.random.Draws;

/**
 * Births (a Poisson process sized to keep the population level) and 18th birthdays (one event per
 * child, in order of birth) for one authority.
 */
public final class Demography {
    /** Who is told of a birth (after the child joins the population) and of an 18th birthday. */
    public interface Lifecycle {
        void born(int child, double now);

        /** The child turns 18: every service lets go and the child leaves the population. */
        void turns18(int child, double now);
    }

    private final EventScheduler events;
    private final Population population;
    private final MersenneTwisterFast random;
    private final Lifecycle lifecycle;
    private final Ageing ageing = new Ageing();
    private PopulationConfig config;

    public Demography(EventScheduler events, Population population, PopulationConfig config, MersenneTwisterFast random,
                      Lifecycle lifecycle) {
        this.events = events;
        this.population = population;
        this.config = config;
        this.random = random;
        this.lifecycle = lifecycle;
    }

    /** A policy change: births follow the new population configuration. */
    public void configure(PopulationConfig next) { this.config = next; }

    /** A child of the starting population, in order of birth. */
    public void add(int child) { ageing.add(child); }

    public void start(double now) {
        scheduleNextBirth(now);
        scheduleNextBirthday(now);
    }

    private void scheduleNextBirth(double now) {
        double perDay = config.birthsPerThousandChildrenPerYear() / 1000.0 * config.children() / 365.25;
        double at = now + Draws.exponential(random, perDay);
        events.at(at, s -> birth(s.schedule.getTime()));
    }

    private void birth(double now) {
        int family = population.addFamily(PopulationBuilder.drawRisk(config, random));
        int child = population.addChild(family, (int) Math.floor(now), NeedLevel.NONE.code());
        lifecycle.born(child, now);
        boolean wasEmpty = ageing.isEmpty();
        ageing.add(child);
        if (wasEmpty) scheduleNextBirthday(now);
        scheduleNextBirth(now);
    }

    private void scheduleNextBirthday(double now) {
        if (ageing.isEmpty()) return;
        double at = Math.max(now, population.birthDay(ageing.peek()) + PopulationBuilder.DAYS_TO_ADULTHOOD);
        events.at(at, s -> birthday(s.schedule.getTime()));
    }

    private void birthday(double now) {
        lifecycle.turns18(ageing.poll(), now);
        scheduleNextBirthday(now);
    }
}
