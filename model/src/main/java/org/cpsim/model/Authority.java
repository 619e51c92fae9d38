package org.cpsim.model;

import org.cpsim.model.agency.Agencies;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.NeedLevel;
import org.cpsim.model.family.NeedProcess;
import org.cpsim.model.family.Population;
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


    Authority(ScenarioConfig config, EventScheduler events, WorkingCalendar calendar, Recorder recorder,
              RandomStreams streams, double endTime, Population population) {
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

    void born(int child) {
        stateCount[ServiceState.NOT_KNOWN.ordinal()]++;
        recorder.stateChange(null, ServiceState.NOT_KNOWN);
    }

    /** The child's 18th birthday: every service lets go, and the child leaves the model. */
    void ageOut(int child, double now) {
        ServiceState s = population.state(child);
        switch (s) {
            case EARLY_HELP -> earlyHelp.leave(child, now);
            case ASSESSMENT, SECTION47 -> assessment.leave(child, now);
            case CIN_PLAN -> workforce.release(child, now);
            case CP_PLAN -> { recorder.protectionPlanEnded(); workforce.release(child, now); }
            case LOOKED_AFTER -> { recorder.lookedAfterCeased(); workforce.release(child, now); }
            case NOT_KNOWN -> { }
        }
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
