package org.cpsim.model;

import org.cpsim.model.agency.Agencies;
import org.cpsim.model.agency.ConcernDrivers;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.AgenciesConfig;
import org.cpsim.model.config.Band;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.Demography;
import org.cpsim.model.family.NeedLevel;
import org.cpsim.model.family.NeedProcess;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.PopulationBuilder;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Costs;
import org.cpsim.model.metrics.MonthEnd;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.metrics.WorkforceSnapshot;
import org.cpsim.model.policy.PolicyTimeline;
import org.cpsim.model.random.RandomStreams;
import org.cpsim.model.service.Care;
import org.cpsim.model.service.ChildInNeedPlans;
import org.cpsim.model.service.ChildProtection;
import org.cpsim.model.service.EarlyHelpService;
import org.cpsim.model.service.FrontDoor;
import org.cpsim.model.service.Journey;
import org.cpsim.model.service.assessment.AssessmentService;
import org.cpsim.model.workforce.Workforce;

/**
 * One local authority, wired: its children and families, the need process, the services and the
 * social workers, each built from the few collaborators it uses and its own part of the
 * configuration. The authority is where they are connected, where a policy change is handed out
 * to each, and where a child turning 18 is let go by every service; it decides nothing itself.
 */
final class Authority {
    private final EventScheduler events;
    private final Population population;
    private final NeedProcess need;
    private final Recorder recorder;
    private final Journey journey;
    private final Demography demography;
    private final Agencies agencies;
    private final FrontDoor frontDoor;
    private final EarlyHelpService earlyHelp;
    private final AssessmentService assessment;
    private final ChildInNeedPlans childInNeedPlans;
    private final ChildProtection childProtection;
    private final Care care;
    private final Workforce workforce;
    private final ConcernDrivers drivers;
    /** The factor on concern rates last given to the need process. */
    private double concernFactor = 1;
    private ScenarioConfig config;

    /** Builds an authority with its population, staffs it, and starts its processes at time 0. */
    static Authority build(ScenarioConfig config, EventScheduler events, WorkingCalendar calendar, Recorder recorder,
                           RandomStreams.Scope streams) {
        Population population = PopulationBuilder.build(config.population(), config.need(), streams.stream("population"), 0);
        Authority a = new Authority(config, events, calendar, recorder, streams, population);
        for (int child = 0; child < population.alive(); child++) {
            a.journey.starts(child);
            a.need.enter(child, 0);
            a.demography.add(child);
        }
        // MASON's schedule time is not valid while the model is built: everything starts from the epoch.
        a.concernFactor = a.drivers.factor(config.agencies().concernTrend(), 0);
        a.need.configure(config.need(), config.agencies(), a.concernFactor, 0);
        events.setInline(a.need);
        a.earlyHelp.configure(config.earlyHelp(), 0);
        a.workforce.staff(Workforce.Settings.from(config), 0);
        a.assessment.configure(AssessmentService.Settings.from(config), 0);
        a.demography.start(0);
        return a;
    }

    private Authority(ScenarioConfig config, EventScheduler events, WorkingCalendar calendar, Recorder recorder,
                      RandomStreams.Scope streams, Population population) {
        this.config = config;
        this.events = events;
        this.recorder = recorder;
        this.population = population;
        this.need = new NeedProcess(population, streams.stream("need"), events);
        this.drivers = new ConcernDrivers(calendar, streams.stream("concern-drift"));
        this.need.setListener(new NeedListener());
        this.journey = new Journey(population, need, recorder, new Routes(), config.earlyHelp().stepDownBands());
        this.demography = new Demography(events, population, config.population(), streams.stream("births"), new Lifecycle());
        this.frontDoor = new FrontDoor(config.frontDoor(), population, journey, recorder, streams.stream("front-door"));
        this.agencies = new Agencies(Agencies.Settings.from(config), population, frontDoor, journey, recorder, streams.stream("agencies"));
        this.earlyHelp = new EarlyHelpService(config.earlyHelp(), events, population, need, journey, recorder, streams.stream("early-help"));
        this.workforce = new Workforce(events, calendar, population, recorder, streams.stream("workforce"));
        this.assessment = new AssessmentService(events, calendar, population, need, journey, workforce, recorder, streams.stream("assessment"));
        this.workforce.serve(assessment);
        this.childInNeedPlans = new ChildInNeedPlans(ChildInNeedPlans.Settings.from(config), events, population, journey,
                workforce, recorder, streams.stream("child-in-need-plans"));
        this.childProtection = new ChildProtection(ChildProtection.Settings.from(config), events, calendar, population, journey,
                workforce, recorder, streams.stream("child-protection"));
        this.care = new Care(config.care(), events, population, journey, workforce, recorder, streams.stream("care"));
    }

    /** A policy change: each service takes its part of the new configuration, in force from now. */
    void apply(ScenarioConfig next, double now) {
        config = next;
        // The parts that only take effect at their next decision first; then those that act on a change
        // at once, in a fixed order (their draws and events must come in the same order in every run).
        demography.configure(next.population());
        journey.configure(next.earlyHelp().stepDownBands());
        frontDoor.configure(next.frontDoor());
        agencies.configure(Agencies.Settings.from(next));
        childInNeedPlans.configure(ChildInNeedPlans.Settings.from(next));
        childProtection.configure(ChildProtection.Settings.from(next));
        care.configure(next.care());
        concernFactor = drivers.factor(next.agencies().concernTrend(), now);
        need.configure(next.need(), next.agencies(), concernFactor, now);
        earlyHelp.configure(next.earlyHelp(), now);
        workforce.configure(Workforce.Settings.from(next), now);
        assessment.configure(AssessmentService.Settings.from(next), now);
    }

    /** Month end: child-day integrals, workforce accounts, costs and stocks for the month just ended. */
    void closeMonth(double now, double days, double workingDays) {
        double[] childDays = need.takeChildDays(now);
        recorder.childDays(childDays[0], childDays[1], childDays[2]);
        assessment.integrate(now);
        WorkforceSnapshot w = workforce.monthEnds(days, workingDays);
        Costs.month(recorder, config.costs(), config.care(), w, earlyHelp.places(), journey.count(ServiceState.LOOKED_AFTER), days);
        double[] stocks = new MonthEnd(population.alive(), journey.counts(), childProtection.openPlansUnder3MonthsAnd2YearsPlus(now),
                earlyHelp.active(), earlyHelp.waiting(),
                new int[] {need.countAtLevel(NeedLevel.EMERGING), need.countAtLevel(NeedLevel.COMPLEX), need.countAtLevel(NeedLevel.SIGNIFICANT_HARM)},
                assessment.waiting(), w).stocks();
        recorder.snapshot(stocks, journey.counts());
        recorder.workforce(w.caseloads(), w.stresses());
    }

    /** Month start: the workforce's monthly draws; early help capacity follows the population. */
    void openMonth(double now, double days) {
        workforce.monthStarts(now, days);
        earlyHelp.followPopulation(now);
        // Only when the factor has moved: a reconfiguration redraws the need clock, which would shift the streams of a run without.
        AgenciesConfig.ConcernTrend trend = config.agencies().concernTrend();
        if (trend.moves()) {
            double factor = drivers.factor(trend, now);
            if (factor != concernFactor) need.configure(config.need(), config.agencies(), concernFactor = factor, now);
        }
    }

    // For the developer probe and the hot-path benchmarks in this package: a look inside, nothing to change it.

    long needTransitions() { return need.transitions(); }

    Population population() { return population; }

    NeedProcess needProcess() { return need; }

    FrontDoor frontDoor() { return frontDoor; }

    PolicyTimeline.Subscriber policy() { return this::apply; }

    /** The child's 18th birthday: every service lets go, and the child leaves the model. */
    private void turns18(int child, double now) {
        ServiceState s = population.state(child);
        switch (s) {
            case EARLY_HELP -> earlyHelp.leave(child, now);
            case ASSESSMENT, SECTION47 -> assessment.leave(child, now);
            case CP_PLAN -> childProtection.agedOut(child, now);
            case LOOKED_AFTER -> care.agedOut();
            case NOT_KNOWN, CIN_PLAN -> { }
        }
        if (s.isChildInNeed()) workforce.release(child, now);
        journey.leaves(child, s);
        need.leave(child, now);
        population.removeChild(child);
    }

    private final class Lifecycle implements Demography.Lifecycle {
        @Override public void born(int child, double now) {
            journey.born(child);
            need.enter(child, now);
        }

        @Override public void turns18(int child, double now) { Authority.this.turns18(child, now); }
    }

    private final class NeedListener implements NeedProcess.Listener {
        @Override public void concernRaised(int child, int agency, double now) { agencies.concern(child, agency, now); }

        @Override public void levelChanged(int child, NeedLevel from, NeedLevel to, double now) {
            if (from == NeedLevel.NONE && population.needSince(child) < 0) population.setNeedSince(child, now);
            if (to == NeedLevel.NONE) population.setNeedSince(child, -1);
        }
    }

    /** Where a journey leads: each route to the service that takes the child on. */
    private final class Routes implements Journey.Services {
        @Override public void offerEarlyHelp(int child, boolean stepDown, double now) { earlyHelp.offer(child, stepDown, now); }
        @Override public void leaveEarlyHelp(int child, double now) { earlyHelp.leave(child, now); }
        @Override public void refer(int child, boolean enquiry, double perceived, double now) { assessment.refer(child, enquiry, perceived, now); }
        @Override public void enquiryByOwnWorker(int child, double now) { assessment.enquiryByOwnWorker(child, now); }
        @Override public void enquiryFinished(int child, Band band, double strategyStart, double now) {
            childProtection.enquiryFinished(child, band, strategyStart, now);
        }
        @Override public void startChildInNeedPlan(int child, double now) { childInNeedPlans.start(child, now); }
        @Override public void enterCare(int child, double now) { care.enter(child, now); }
        @Override public void releaseWorker(int child, double now) { workforce.release(child, now); }
    }
}
