package org.cpsim.model;

import org.cpsim.model.agency.Agencies;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.NeedLevel;
import org.cpsim.model.family.NeedProcess;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.PopulationBuilder;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.random.RandomStreams;
import org.cpsim.model.service.Care;
import org.cpsim.model.service.ChildInNeedPlans;
import org.cpsim.model.service.ChildProtection;
import org.cpsim.model.service.EarlyHelpService;
import org.cpsim.model.service.FrontDoor;
import org.cpsim.model.service.assessment.AssessmentService;
import org.cpsim.model.workforce.Workforce;

/**
 * One local authority: its children and families, its front door, early help, assessment,
 * plans, care and social workers. Services reach each other through it; it owns the one place
 * where a child's service state changes, so every change is counted and children are conserved.
 */
public final class Authority implements NeedProcess.Listener {
    public final EventScheduler events;
    public final WorkingCalendar calendar;
    public final Population population;
    public final NeedProcess need;
    public final Recorder recorder;
    public final Agencies agencies;
    public final FrontDoor frontDoor;
    public final EarlyHelpService earlyHelp;
    public final AssessmentService assessment;
    public final ChildInNeedPlans childInNeedPlans;
    public final ChildProtection childProtection;
    public final Care care;
    public final Workforce workforce;
    public final double endTime;
    private final int[] stateCount = new int[ServiceState.values().length];
    private ScenarioConfig config;


    private Demography demography;

    /** Builds an authority with its population, staffs it, and starts its processes at time 0. */
    static Authority build(ScenarioConfig config, EventScheduler events, WorkingCalendar calendar, Recorder recorder,
                           RandomStreams.Scope streams, double endTime) {
        Population population = PopulationBuilder.build(config.population(), config.need(), streams.stream("population"), 0);
        Authority a = new Authority(config, events, calendar, recorder, streams, endTime, population);
        a.demography = new Demography(a, streams.stream("births"));
        for (int child = 0; child < population.alive(); child++) {
            a.stateCount[ServiceState.NOT_KNOWN.ordinal()]++;
            a.need.enter(child, 0);
            a.demography.add(child);
        }
        // MASON's schedule time is not valid while the model is built: everything starts from the epoch.
        a.need.configure(config, 0);
        events.setInline(a.need);
        a.earlyHelp.configure(0);
        a.workforce.staff(0);
        a.assessment.configure(0);
        a.demography.start(0);
        return a;
    }

    private Authority(ScenarioConfig config, EventScheduler events, WorkingCalendar calendar, Recorder recorder,
              RandomStreams.Scope streams, double endTime, Population population) {
        this.config = config;
        this.events = events;
        this.calendar = calendar;
        this.recorder = recorder;
        this.endTime = endTime;
        this.population = population;
        this.need = new NeedProcess(population, streams.stream("need"), events);
        this.need.setListener(this);
        this.agencies = new Agencies(this, streams.stream("agencies"));
        this.frontDoor = new FrontDoor(this, streams.stream("front-door"));
        this.earlyHelp = new EarlyHelpService(this, streams.stream("early-help"));
        this.assessment = new AssessmentService(this, streams.stream("assessment"));
        this.childInNeedPlans = new ChildInNeedPlans(this, streams.stream("child-in-need-plans"));
        this.childProtection = new ChildProtection(this, streams.stream("child-protection"));
        this.care = new Care(this, streams.stream("care"));
        this.workforce = new Workforce(this, streams.stream("workforce"));
    }

    public ScenarioConfig config() { return config; }

    public double now() { return events.now(); }

    /** A policy change: the new configuration is in force from now. */
    void apply(ScenarioConfig next, double now) {
        this.config = next;
        need.configure(next, now);
        earlyHelp.configure(now);
        workforce.configure(now);
        assessment.configure(now);
    }

    /** The only place a child's service state changes. Events scheduled for the old case become stale. */
    public void setState(int child, ServiceState to) {
        ServiceState from = population.state(child);
        if (from == to) return;
        stateCount[from.ordinal()]--;
        stateCount[to.ordinal()]++;
        recorder.stateChange(from, to);
        population.setState(child, to);
        population.bumpVersion(child);
    }

    /** A child born into the population, not known to services. */
    void born(int child) {
        stateCount[ServiceState.NOT_KNOWN.ordinal()]++;
        recorder.stateChange(null, ServiceState.NOT_KNOWN);
        recorder.birth();
    }

    /** Month end: child-day integrals and workforce accounts for the month just ended. */
    Workforce.Snapshot closeMonth(double now, double days, double workingDays) {
        double[] childDays = need.takeChildDays(now);
        recorder.childDays(childDays[0], childDays[1], childDays[2]);
        assessment.integrate(now);
        return workforce.monthEnds(days, workingDays);
    }

    /** Month start: the workforce's monthly draws; early help capacity follows the population. */
    void openMonth(double now, double days) {
        workforce.monthStarts(now, days);
        earlyHelp.configure(now);
    }

    /** The child's 18th birthday: every service lets go, and the child leaves the model. */
    void ageOut(int child, double now) {
        ServiceState s = population.state(child);
        switch (s) {
            case EARLY_HELP -> earlyHelp.leave(child, now);
            case ASSESSMENT, SECTION47 -> assessment.leave(child, now);
            case CP_PLAN -> childProtection.agedOut(child, now);
            case LOOKED_AFTER -> recorder.lookedAfterCeased();
            case NOT_KNOWN, CIN_PLAN -> { }
        }
        if (s.isChildInNeed()) workforce.release(child, now);
        stateCount[s.ordinal()]--;
        recorder.stateChange(s, null);
        recorder.agedOut();
        need.leave(child, now);
        population.removeChild(child);
    }

    /** Help starts: the child's journey from need to help is measured once per episode of need. */
    public void helpStarts(int child, int help, double now) {
        double since = population.needSince(child);
        recorder.helpStarted(since >= 0 ? now - since : -1);
        population.setNeedSince(child, -1);
        need.setHelp(child, help, now);
    }

    /** Closes a social care case: the worker lets go, and the child goes back to not known (or early help). */
    public void closeCase(int child, int decidedBand, double now) {
        workforce.release(child, now);
        setState(child, ServiceState.NOT_KNOWN);
        need.setHelp(child, Help.NONE, now);
        if (decidedBand == 1) earlyHelp.offer(child, true, now);
    }

    public int stateCount(ServiceState s) { return stateCount[s.ordinal()]; }

    int[] stateCounts() { return stateCount; }

    @Override
    public void concernRaised(int child, int agency, double now) {
        agencies.concern(child, agency, now);
    }

    @Override
    public void levelChanged(int child, int from, int to, double now) {
        if (from == NeedLevel.NONE && population.needSince(child) < 0) population.setNeedSince(child, now);
        if (to == NeedLevel.NONE) population.setNeedSince(child, -1);
    }

}
