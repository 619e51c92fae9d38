package org.cpsim.model.engine;

import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The one way the model puts events on MASON's schedule, and the loop that runs them.
 *
 * <p>Every event gets its own ordering number (in the order it was scheduled), so no two events ever
 * tie: MASON never shuffles, and the order of simultaneous events does not depend on the heap's shape.
 * Without this, merely adding a future event (a policy change) would reorder ties from the start and
 * break common random numbers between scenarios. Bookkeeping (month ends, policy changes) precedes the
 * model's events at the same time.
 *
 * <p>One process may run <em>inline</em>: the need clock, about half of all events, keeps its own
 * next time and is fired between MASON's events without going through MASON's heap. It fires only
 * strictly before the heap's next event, so the order of events is the order of their times exactly
 * as if it were on the heap (ties go to the heap).
 */
public final class EventScheduler {
    private static final int BOOKKEEPING_BASE = Integer.MIN_VALUE;
    private static final int EVENT_BASE = 0;

    /** A process that keeps its own next event time. */
    public interface Inline {
        /** Time of the process's next event, or +infinity. */
        double nextTime();

        /** Runs the event due at {@code time}. */
        void fire(double time);
    }

    private final PeekableSchedule schedule = new PeekableSchedule();
    private final double endTime;
    private Inline inline;
    private double now;       // time of the latest inline event
    private int bookkeeping;
    private int events;
    private long inlineEvents;

    public EventScheduler(double endTime) {
        this.endTime = endTime;
    }

    /** The MASON schedule to give the {@code SimState}. */
    public Schedule schedule() { return schedule; }

    public void setInline(Inline process) { this.inline = process; }

    /**
     * The current simulation time (days since the origin), inline events included: during a heap event
     * MASON's time is the event's; during an inline event the inline time is later than MASON's last.
     */
    public double now() { return Math.max(schedule.getTime(), now); }

    /** Events run so far: MASON's steps plus inline events. */
    public long eventsRun() { return schedule.getSteps() + inlineEvents; }

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

    /** Runs every event, heap and inline, in time order until the end of the run. */
    public void run(SimState state) {
        while (true) {
            double heap = schedule.nextTime();
            double next = inline == null ? Double.POSITIVE_INFINITY : inline.nextTime();
            if (next < heap) {
                if (next >= endTime) break;
                now = next;
                inlineEvents++;
                inline.fire(next);
                continue;
            }
            if (heap == Double.POSITIVE_INFINITY || !schedule.step(state)) break;
            if (schedule.getTime() >= endTime) break;
        }
    }
}
