package org.cpsim.model.service;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.Authority;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.random.Draws;
import org.cpsim.model.workforce.CaseKind;

/** Looked-after children: entry for the most serious cases, exit home under a child in need plan, or at 18. */
public final class Care {
    private final Authority authority;
    private final MersenneTwisterFast random;

    public Care(Authority authority, MersenneTwisterFast random) {
        this.authority = authority;
        this.random = random;
    }

    public void enter(int child, double now) {
        authority.setState(child, ServiceState.LOOKED_AFTER);
        authority.workforce.changeKind(child, CaseKind.LOOKED_AFTER, now);
        authority.recorder.lookedAfterStarted();
        authority.helpStarts(child, Help.LOOKED_AFTER, now);
        double at = now + Draws.exponential(random, 1.0 / (authority.config().care().meanYearsInCare() * 365.25));
        if (at >= authority.endTime) return;
        int version = authority.population.version(child);
        authority.events.at(at, s -> leaveCare(child, version, s.schedule.getTime()));
    }

    private void leaveCare(int child, int version, double now) {
        if (authority.population.version(child) != version) return;
        authority.recorder.lookedAfterCeased();
        authority.childInNeedPlans.start(child, now);
    }
}
