package org.cpsim.model.testing;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.calendar.ReportingPeriods;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.NeedProcess;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.PopulationBuilder;
import org.cpsim.model.family.NeedLevel;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.workforce.WorkInProgress;
import org.cpsim.model.workforce.Workforce;
import sim.engine.SimState;

/**
 * The collaborators a service is built from, real but on their own, for testing one service at a
 * time: a population built from a configuration (every child in its need stratum), its need process
 * (not running: nothing fires unless the test steps the scheduler), a scheduler, a calendar, and a
 * recorder recording from the first month.
 */
public record Parts(ScenarioConfig config, Population population, NeedProcess need, EventScheduler events,
                    WorkingCalendar calendar, Recorder recorder) {

    public static Parts of(ScenarioConfig config, long seed) {
        Population population = PopulationBuilder.build(config.population(), config.need(), new MersenneTwisterFast(seed), 0);
        WorkingCalendar calendar = new WorkingCalendar(config.calendar(), 2);
        ReportingPeriods periods = new ReportingPeriods(config.calendar(), calendar);
        EventScheduler events = new EventScheduler(calendar.dayOf(config.calendar().reportingEnd()));
        NeedProcess need = new NeedProcess(population, new MersenneTwisterFast(seed + 1), events);
        need.setListener(new NeedProcess.Listener() {
            @Override public void concernRaised(int child, int agency, double now) { }
            @Override public void levelChanged(int child, NeedLevel from, NeedLevel to, double now) { }
        });
        for (int child = 0; child < population.alive(); child++) need.enter(child, 0);
        need.configure(config.need(), config.agencies(), 1, 0);
        Recorder recorder = new Recorder(periods.periods(), periods.months());
        recorder.startMonth(0);
        return new Parts(config, population, need, events, calendar, recorder);
    }

    public MersenneTwisterFast random(long seed) { return new MersenneTwisterFast(seed); }

    /** Runs every scheduled event to the end of the run (the need process is not on the clock: need stays put). */
    public void run() {
        events.run(new SimState(new MersenneTwisterFast(0), events.schedule()) { });
    }

    /** The first child at a need level. */
    public int childAt(NeedLevel level) {
        for (int child = 0; child < population.alive(); child++) if (population.level(child) == level.code()) return child;
        throw new IllegalStateException("no child at " + level.label());
    }

    /** A workforce staffed from the configuration, with nothing waiting for it. */
    public Workforce workforce(long seed) {
        Workforce w = new Workforce(events, calendar, population, recorder, random(seed));
        w.serve(new WorkInProgress() {
            @Override public void allocate(double now) { }
            @Override public boolean requeue(int child, double now) { return false; }
        });
        w.staff(Workforce.Settings.from(config), 0);
        return w;
    }
}
