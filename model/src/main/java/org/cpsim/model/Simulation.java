package org.cpsim.model;

import java.time.LocalDate;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.calendar.ReportingPeriods;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.Ageing;
import org.cpsim.model.family.NeedLevel;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.PopulationBuilder;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.metrics.RunResult;
import org.cpsim.model.metrics.Stock;
import org.cpsim.model.random.Draws;
import org.cpsim.model.random.RandomStreams;
import sim.engine.Schedule;
import sim.engine.SimState;

/**
 * The MASON model: builds an authority from a scenario and a seed, runs it on MASON's schedule from
 * the start of the warm-up to the end of the reporting years, and returns the recorded indicators.
 * Everything happens as events; the only regular events are month ends (for bookkeeping and the
 * workforce's monthly stress and leaving draws).
 */
public final class Simulation extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final int replication;
    private final transient RandomStreams streams;
    private transient WorkingCalendar calendar;
    private transient ReportingPeriods periods;
    private transient Recorder recorder;
    private transient Authority authority;
    private transient Ageing ageing;
    private transient MersenneTwisterFast birthRandom;
    private transient MersenneTwisterFast populationRandom;
    private double endTime;
    private int warmUpMonths;

    private Simulation(Scenario scenario, long seed, int replication, RandomStreams streams) {
        super(streams.stream("schedule"), new Schedule());
        this.scenario = scenario;
        this.replication = replication;
        this.streams = streams;
    }

    /**
     * Runs one replication. The same scenario, seed and replication give the same result on any
     * thread; replication r of two scenarios share their random streams (common random numbers).
     */
    public static RunResult run(Scenario scenario, long seed, int replication) {
        return started(scenario, seed, replication).runToEnd();
    }

    /** A built, not yet run, simulation: tests reach into its authority before running it. */
    static Simulation started(Scenario scenario, long seed, int replication) {
        Simulation sim = new Simulation(scenario, seed, replication, new RandomStreams(seed, replication));
        sim.start();
        return sim;
    }

    RunResult runToEnd() {
        while (schedule.step(this)) {
            if (schedule.getTime() >= endTime) break;
        }
        finish();
        return recorder.result(scenario.name(), replication, schedule.getSteps());
    }

    Authority authority() { return authority; }

    @Override
    public void start() {
        super.start();
        ScenarioConfig initial = configInForceAt(scenario.initial().calendar().simulationStart());
        calendar = new WorkingCalendar(initial.calendar(), 2);
        periods = new ReportingPeriods(initial.calendar(), calendar);
        recorder = new Recorder(periods.periods(), periods.months());
        endTime = calendar.dayOf(initial.calendar().reportingEnd());
        populationRandom = streams.stream("population");
        birthRandom = streams.stream("births");
        Population population = PopulationBuilder.build(initial.population(), initial.need(), populationRandom, 0);
        authority = new Authority(initial, new EventScheduler(schedule, endTime), calendar, recorder, streams, endTime, population);
        ageing = new Ageing();
        for (int child = 0; child < population.alive(); child++) {
            authority.born(child);
            authority.need.enter(child, 0);
            ageing.add(child);
        }
        // MASON's schedule time is not valid inside start(): schedule from the epoch explicitly.
        authority.need.configure(initial, 0);
        authority.earlyHelp.configure(0);
        authority.workforce.staff(0);
        authority.assessment.configure(0);
        scheduleMonths(initial);
        scheduleNextBirth(0);
        scheduleNextBirthday();
        for (Scenario.PolicyChange change : scenario.timeline()) {
            double at = calendar.dayOf(change.effective());
            if (at > 0 && at < endTime) {
                ScenarioConfig config = change.config();
                authority.events.bookkeepingAt(at, s -> authority.apply(config, s.schedule.getTime()));
            }
        }
    }

    /** The configuration in force on a date: the last change dated on or before it, else the initial one. */
    private ScenarioConfig configInForceAt(LocalDate date) {
        ScenarioConfig config = scenario.initial();
        for (Scenario.PolicyChange c : scenario.timeline()) if (!c.effective().isAfter(date)) config = c.config();
        return config;
    }

    private void scheduleMonths(ScenarioConfig initial) {
        LocalDate start = initial.calendar().simulationStart();
        LocalDate reporting = initial.calendar().reportingStart();
        warmUpMonths = (int) java.time.temporal.ChronoUnit.MONTHS.between(start, reporting);
        int total = warmUpMonths + periods.months();
        for (int k = 0; k <= total; k++) {
            final int index = k;
            double at = calendar.dayOf(start.plusMonths(k));
            authority.events.bookkeepingAt(at, s -> monthBoundary(index, s.schedule.getTime()));
        }
    }

    private void monthBoundary(int k, double now) {
        LocalDate start = authority.config().calendar().simulationStart();
        if (k > 0) {
            double begin = calendar.dayOf(start.plusMonths(k - 1));
            double[] days = authority.need.takeChildDays(now);
            recorder.childDays(days[0], days[1], days[2]);
            authority.assessment.integrate(now);
            double[] snapshot = new double[Stock.values().length];
            authority.workforce.monthEnds(now - begin, calendar.workingDaysBetween(begin, now), snapshot);
            snapshot[Stock.CHILDREN.ordinal()] = authority.population.alive();
            int cin = 0;
            for (ServiceState s : ServiceState.values()) if (s.isChildInNeed()) cin += authority.stateCount(s);
            snapshot[Stock.CIN.ordinal()] = cin;
            snapshot[Stock.CP_PLANS.ordinal()] = authority.stateCount(ServiceState.CP_PLAN);
            snapshot[Stock.LOOKED_AFTER.ordinal()] = authority.stateCount(ServiceState.LOOKED_AFTER);
            snapshot[Stock.EH_ACTIVE.ordinal()] = authority.earlyHelp.active();
            snapshot[Stock.EH_WAITING.ordinal()] = authority.earlyHelp.waiting();
            snapshot[Stock.NEED_EMERGING.ordinal()] = authority.need.countAtLevel(NeedLevel.EMERGING);
            snapshot[Stock.NEED_COMPLEX.ordinal()] = authority.need.countAtLevel(NeedLevel.COMPLEX);
            snapshot[Stock.NEED_SIGNIFICANT_HARM.ordinal()] = authority.need.countAtLevel(NeedLevel.SIGNIFICANT_HARM);
            snapshot[Stock.AWAITING_ALLOCATION.ordinal()] = authority.assessment.waiting();
            recorder.snapshot(snapshot, authority.stateCounts());
        }
        int reportMonth = k - warmUpMonths;
        recorder.startMonth(reportMonth >= 0 ? reportMonth : -1);
        if (now < endTime) {
            double next = calendar.dayOf(start.plusMonths(k + 1));
            authority.workforce.monthStarts(now, next - now);
            authority.earlyHelp.configure(now);
        }
    }

    private void scheduleNextBirth(double now) {
        double perDay = authority.config().population().birthsPerThousandChildrenPerYear() / 1000.0
                * authority.config().population().children() / 365.25;
        double at = now + Draws.exponential(birthRandom, perDay);
        authority.events.at(at, s -> birth(s.schedule.getTime()));
    }

    private void birth(double now) {
        Population population = authority.population;
        int family = population.addFamily(PopulationBuilder.drawRisk(authority.config().population(), birthRandom));
        int child = population.addChild(family, (int) Math.floor(now), NeedLevel.NONE);
        recorder.birth();
        authority.born(child);
        authority.need.enter(child, now);
        ageing.add(child);
        if (ageing.peek() == child) scheduleNextBirthday();
        scheduleNextBirth(now);
    }

    private void scheduleNextBirthday() {
        if (ageing.isEmpty()) return;
        int child = ageing.peek();
        double at = Math.max(schedule.getTime() < 0 ? 0 : schedule.getTime(),
                authority.population.birthDay(child) + PopulationBuilder.DAYS_TO_ADULTHOOD);
        authority.events.at(at, s -> birthday(s.schedule.getTime()));
    }

    private void birthday(double now) {
        int child = ageing.poll();
        authority.ageOut(child, now);
        scheduleNextBirthday();
    }

}
