package org.cpsim.model.service;

import java.util.List;

import org.cpsim.model.config.Band;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.NeedProcess;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Recorder;

/**
 * A child's journey through services: the one place a child's service state changes (so every
 * change is counted and children are conserved), and the one place that knows what follows a
 * decision. Services decide; the journey moves the child on to the service the decision calls for,
 * through {@link Services}, so no service needs to know another.
 */
public final class Journey {
    /** Where a journey can lead: implemented by the authority's wiring (and by fakes in tests). */
    public interface Services {
        void offerEarlyHelp(int child, boolean stepDown, double now);

        /** A child waiting for or in early help is referred to social care. */
        void leaveEarlyHelp(int child, double now);

        /** An accepted referral: for assessment, or straight to a strategy discussion and section 47 enquiry. */
        void refer(int child, boolean enquiry, double perceived, double now);

        /** A strategy discussion for a child already on a plan: the enquiry goes to the child's own worker. */
        void enquiryByOwnWorker(int child, double now);

        /** An enquiry's finding, from the strategy discussion at {@code strategyStart}. */
        void enquiryFinished(int child, Band band, double strategyStart, double now);

        void startChildInNeedPlan(int child, double now);

        void enterCare(int child, double now);

        /** The case closes or the child leaves: the worker (if any) lets go. */
        void releaseWorker(int child, double now);
    }

    private final Population population;
    private final NeedProcess need;
    private final Recorder recorder;
    private final Services services;
    private final int[] stateCount = new int[ServiceState.values().length];
    private final boolean[] stepDown = new boolean[Band.values().length];

    public Journey(Population population, NeedProcess need, Recorder recorder, Services services, List<Band> stepDownBands) {
        this.population = population;
        this.need = need;
        this.recorder = recorder;
        this.services = services;
        configure(stepDownBands);
    }

    /** Which decisions that close a case offer the family early help as it closes. */
    public void configure(List<Band> stepDownBands) {
        java.util.Arrays.fill(stepDown, false);
        for (Band b : stepDownBands) stepDown[b.ordinal()] = true;
    }

    public int count(ServiceState s) { return stateCount[s.ordinal()]; }

    /** Children in each state, by ordinal: a live view for the month-end snapshot. */
    public int[] counts() { return stateCount; }

    /** A child of the starting population: not known to services (not a flow the recorder counts). */
    public void starts(int child) { stateCount[ServiceState.NOT_KNOWN.ordinal()]++; }

    /** A child born into the population, not known to services. */
    public void born(int child) {
        stateCount[ServiceState.NOT_KNOWN.ordinal()]++;
        recorder.stateChange(null, ServiceState.NOT_KNOWN);
        recorder.birth();
    }

    /** The child turns 18 and leaves the model (the services have let go). */
    public void leaves(int child, ServiceState from) {
        stateCount[from.ordinal()]--;
        recorder.stateChange(from, null);
        recorder.agedOut();
    }

    /** The only place a child's service state changes. Events scheduled for the old case become stale. */
    public void move(int child, ServiceState to) {
        ServiceState from = population.state(child);
        if (from == to) return;
        stateCount[from.ordinal()]--;
        stateCount[to.ordinal()]++;
        recorder.stateChange(from, to);
        population.setState(child, to);
        population.bumpVersion(child);
    }

    /** Help starts: the child's journey from need to help is measured once per episode of need. */
    public void helpStarts(int child, int help, double now) {
        double since = population.needSince(child);
        recorder.helpStarted(since >= 0 ? now - since : -1);
        population.setNeedSince(child, -1);
        need.setHelp(child, help, now);
    }

    // Where a decision leads: each goes to the service that takes the child on.

    public void offerEarlyHelp(int child, boolean stepDown, double now) { services.offerEarlyHelp(child, stepDown, now); }

    public void leaveEarlyHelp(int child, double now) { services.leaveEarlyHelp(child, now); }

    public void refer(int child, boolean enquiry, double perceived, double now) { services.refer(child, enquiry, perceived, now); }

    public void enquiryByOwnWorker(int child, double now) { services.enquiryByOwnWorker(child, now); }

    public void enquiryFinished(int child, Band band, double strategyStart, double now) {
        services.enquiryFinished(child, band, strategyStart, now);
    }

    public void startChildInNeedPlan(int child, double now) { services.startChildInNeedPlan(child, now); }

    public void enterCare(int child, double now) { services.enterCare(child, now); }

    /**
     * A decision below child protection on an open case: social care means a child in need plan;
     * anything less closes the case (with early help offered if the decision is a step-down band).
     */
    public void belowChildProtection(int child, Band band, double now) {
        if (band == Band.CHILD_PROTECTION) throw new IllegalArgumentException("child protection is decided by the service itself");
        if (band == Band.SOCIAL_CARE) startChildInNeedPlan(child, now);
        else closeCase(child, band, now);
    }

    /** Closes a social care case: the worker lets go, and the child goes back to not known (or early help). */
    public void closeCase(int child, Band decided, double now) {
        services.releaseWorker(child, now);
        move(child, ServiceState.NOT_KNOWN);
        need.setHelp(child, Help.NONE, now);
        if (stepDown[decided.ordinal()]) offerEarlyHelp(child, true, now);
    }
}
