package org.cpsim.model.engine;

import sim.engine.Schedule;
import sim.engine.Steppable;

/**
 * The one way the model puts events on MASON's schedule. Every event gets its own ordering number
 * (in the order it was scheduled), so no two events ever tie: MASON never shuffles, and the order of
 * simultaneous events does not depend on the heap's shape. Without this, merely adding a future event
 * (a policy change) would reorder ties from the start and break common random numbers between scenarios.
 * Bookkeeping (month ends, policy changes) precedes the model's events at the same time.
 */
public final class EventScheduler {
    private static final int BOOKKEEPING_BASE = Integer.MIN_VALUE;
    private static final int EVENT_BASE = 0;

    private final Schedule schedule;
    private final double endTime;
    private int bookkeeping;
    private int events;

    public EventScheduler(Schedule schedule, double endTime) {
        this.schedule = schedule;
        this.endTime = endTime;
    }

    public double now() { return schedule.getTime(); }

    public double endTime() { return endTime; }

    /** Schedules a model event; events at or after the end of the run are dropped. */
    public void at(double time, Steppable event) {
        if (time >= endTime) return;
        if (events == Integer.MAX_VALUE) throw new IllegalStateException("more than 2^31 events in one run");
        schedule.scheduleOnce(time, EVENT_BASE + events++, event);
    }

    /** Schedules bookkeeping, which runs before model events at the same time; allowed at the end time. */
    public void bookkeepingAt(double time, Steppable event) {
        schedule.scheduleOnce(time, BOOKKEEPING_BASE + bookkeeping++, event);
    }
}
