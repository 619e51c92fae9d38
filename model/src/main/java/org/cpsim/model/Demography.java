package org.cpsim.model;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.family.Ageing;
import org.cpsim.model.family.NeedLevel;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.PopulationBuilder;
import org.cpsim.model.random.Draws;

/**
 * Births (a Poisson process sized to keep the population level) and 18th birthdays (one event per
 * child, in order of birth) for one authority.
 */
final class Demography {
    private final Authority authority;
    private final MersenneTwisterFast random;
    private final Ageing ageing = new Ageing();

    Demography(Authority authority, MersenneTwisterFast random) {
        this.authority = authority;
        this.random = random;
    }

    void add(int child) { ageing.add(child); }

    void start(double now) {
        scheduleNextBirth(now);
        scheduleNextBirthday(now);
    }

    private void scheduleNextBirth(double now) {
        var population = authority.config().population();
        double perDay = population.birthsPerThousandChildrenPerYear() / 1000.0 * population.children() / 365.25;
        double at = now + Draws.exponential(random, perDay);
        authority.events.at(at, s -> birth(s.schedule.getTime()));
    }

    private void birth(double now) {
        Population population = authority.population;
        int family = population.addFamily(PopulationBuilder.drawRisk(authority.config().population(), random));
        int child = population.addChild(family, (int) Math.floor(now), NeedLevel.NONE);
        authority.born(child);
        authority.need.enter(child, now);
        boolean wasEmpty = ageing.isEmpty();
        ageing.add(child);
        if (wasEmpty) scheduleNextBirthday(now);
        scheduleNextBirth(now);
    }

    private void scheduleNextBirthday(double now) {
        if (ageing.isEmpty()) return;
        double at = Math.max(now, authority.population.birthDay(ageing.peek()) + PopulationBuilder.DAYS_TO_ADULTHOOD);
        authority.events.at(at, s -> birthday(s.schedule.getTime()));
    }

    private void birthday(double now) {
        authority.ageOut(ageing.poll(), now);
        scheduleNextBirthday(now);
    }
}
