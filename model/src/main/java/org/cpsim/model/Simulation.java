package org.cpsim.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.model.calendar.ReportingPeriods;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.AuthorityLevels;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.metrics.RunResult;
import org.cpsim.model.policy.PolicyTimeline;
import org.cpsim.model.random.RandomStreams;
import sim.engine.SimState;

/**
 * The MASON model of one local authority: builds it from a scenario and a seed, runs it on MASON's
 * schedule from the start of the warm-up to the end of the reporting years, and records indicators.
 * Everything happens as events; the only regular events are month ends (for bookkeeping and the
 * workforce's monthly stress and leaving draws).
 *
 * <p>A scenario naming several authorities (all of England) is run as one such simulation per
 * authority: authorities do not interact in the model (no child or worker crosses a border), so this
 * partition is exact, keeps each schedule small and cache-friendly, and lets a runner spread the parts
 * over threads. {@link #combine} sums them into national figures.
 */
public final class Simulation extends SimState {
    private static final long serialVersionUID = 1L;

    private final transient Scenario scenario;
    private final transient ScenarioConfig initial;
    private final int part;
    private final int replication;
    private final transient RandomStreams.Scope streams;
    private transient WorkingCalendar calendar;
    private transient ReportingPeriods periods;
    private final transient EventScheduler events;
    private transient Authority authority;
    private transient Recorder recorder;
    private double endTime;
    private int warmUpMonths;

    private Simulation(Scenario scenario, int part, int replication, RandomStreams streams, EventScheduler events) {
        super(streams.stream("authority-schedule:" + part), events.schedule());
        this.events = events;
        this.scenario = scenario;
        this.part = part;
        this.replication = replication;
        boolean single = scenario.initial().authorities().isEmpty();
        // A single authority keeps the plain stream names; each authority of many has its own prefix.
        this.streams = streams.scope(single ? "" : "authority:" + authorityName(scenario, part) + "/");
        this.initial = configFor(scenario.initial(), scenario.initial().calendar().simulationStart());
    }

    /**
     * Runs one replication. The same scenario, seed and replication give the same result on any
     * thread; replication r of two scenarios share their random streams (common random numbers).
     */
    public static RunResult run(Scenario scenario, long seed, int replication) {
        int parts = parts(scenario);
        if (parts == 1) return runPart(scenario, seed, replication, 0).result();
        List<Part> all = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) all.add(runPart(scenario, seed, replication, p));
        return combine(scenario, replication, all);
    }

    /** How many independent parts (authorities) a scenario runs as. */
    public static int parts(Scenario scenario) { return scenario.initial().authoritiesToRun().size(); }

    /** One authority's run: its own result and its recorder, for national figures. */
    public record Part(RunResult result, Recorder recorder) {}

    /** Runs one authority of a scenario (part 0 of a single-authority scenario is the whole run). */
    public static Part runPart(Scenario scenario, long seed, int replication, int part) {
        Simulation sim = started(scenario, seed, replication, part);
        RunResult r = sim.runToEnd();
        return new Part(r, sim.recorder);
    }

    /** National figures from every authority's part: tallies summed, rates recomputed, workforce pooled. */
    public static RunResult combine(Scenario scenario, int replication, List<Part> parts) {
        if (parts.size() == 1) return parts.get(0).result();
        List<Recorder> recorders = new ArrayList<>();
        List<RunResult> each = new ArrayList<>();
        long events = 0;
        for (Part p : parts) {
            recorders.add(p.recorder());
            each.add(p.result());
            events += p.result().events();
        }
        RunResult n = Recorder.national(recorders).result(scenario.name(), replication, events);
        return new RunResult(n.scenario(), replication, n.periods(), n.values(), events, each);
    }

    static Simulation started(Scenario scenario, long seed, int replication) {
        return started(scenario, seed, replication, 0);
    }

    private static Simulation started(Scenario scenario, long seed, int replication, int part) {
        double end = endDay(scenario);
        Simulation sim = new Simulation(scenario, part, replication, new RandomStreams(seed, replication), new EventScheduler(end));
        sim.start();
        return sim;
    }

    RunResult runToEnd() {
        events.run(this);
        finish();
        return recorder.result(initial.name(), replication, events.eventsRun());
    }

    /** The day the run ends (the end of reporting), in days since the start of the warm-up. */
    private static double endDay(Scenario scenario) {
        var calendar = scenario.initial().calendar();
        return ChronoUnit.DAYS.between(calendar.simulationStart(), calendar.reportingEnd());
    }

    Authority authority() { return authority; }

    private static String authorityName(Scenario scenario, int part) {
        return scenario.initial().authoritiesToRun().get(part).name();
    }

    /** A configuration in force on {@code date} as it applies to this simulation's authority. */
    private ScenarioConfig configFor(ScenarioConfig config, LocalDate date) {
        if (scenario.initial().authorities().isEmpty()) return config;
        return config.forAuthority(config.authoritiesToRun().get(part), date);
    }

    /** The date this simulation's authority changes its own levels, if it does. */
    private List<LocalDate> localChanges() {
        if (scenario.initial().authorities().isEmpty()) return List.of();
        AuthorityLevels levels = scenario.initial().authoritiesToRun().get(part).levels();
        return levels.changes() ? List.of(levels.changeFrom()) : List.of();
    }

    @Override
    public void start() {
        super.start();
        // One draw per replication for each yearly driver, on its own stream, and only where it matters:
        // whether the driver goes on after its evidence.
        PlansConfig.BarTrend bar = scenario.initial().plans().childProtection().barTrend();
        double barShare = bar.uncertain() ? bar.continuation(streams.stream("protection-bar").nextDouble()) : bar.continuationLow();
        NeedConfig.SeverityTrend severity = scenario.initial().need().severityTrend();
        double severityShare = severity.uncertain() ? severity.continuation(streams.stream("need-severity").nextDouble()) : severity.continuationLow();
        PolicyTimeline timeline = new PolicyTimeline(scenario, this::configFor, new PolicyTimeline.Continuation(barShare, severityShare), localChanges());
        ScenarioConfig config = timeline.atStart();
        calendar = new WorkingCalendar(config.calendar(), 2);
        periods = new ReportingPeriods(config.calendar(), calendar);
        endTime = calendar.dayOf(config.calendar().reportingEnd());
        recorder = new Recorder(periods.periods(), periods.months());
        authority = Authority.build(config, events, calendar, recorder, streams);
        // At a month boundary the month just ended is closed first, then any policy change dated that
        // day applies, then the new month opens with its draws (stress, leaving) under the new policy.
        // Bookkeeping at equal times runs in the order it was scheduled, so the order here is the rule.
        LocalDate start = config.calendar().simulationStart();
        warmUpMonths = (int) ChronoUnit.MONTHS.between(start, config.calendar().reportingStart());
        int months = warmUpMonths + periods.months();
        for (int k = 1; k <= months; k++) {
            final int index = k;
            events.bookkeepingAt(calendar.dayOf(start.plusMonths(k)), s -> closeMonth(index, s.schedule.getTime()));
        }
        timeline.schedule(events, calendar, endTime, authority.policy());
        for (int k = 0; k < months; k++) {
            final int index = k;
            events.bookkeepingAt(calendar.dayOf(start.plusMonths(k)), s -> openMonth(index, s.schedule.getTime()));
        }
    }

    private void closeMonth(int k, double now) {
        double begin = calendar.dayOf(initial.calendar().simulationStart().plusMonths(k - 1));
        authority.closeMonth(now, now - begin, calendar.workingDaysBetween(begin, now));
    }

    private void openMonth(int k, double now) {
        int reportMonth = k - warmUpMonths;
        recorder.startMonth(reportMonth >= 0 ? reportMonth : -1);
        authority.openMonth(now, calendar.dayOf(initial.calendar().simulationStart().plusMonths(k + 1)) - now);
    }
}
