package org.cpsim.model.engine;

import sim.engine.Schedule;

/** MASON's schedule, able to say when its next event is due without taking it. */
final class PeekableSchedule extends Schedule {
    private static final long serialVersionUID = 1L;

    /** Time of the earliest pending event, or +infinity when none is pending. */
    double nextTime() {
        Key key = (Key) queue.getMinKey();
        return key == null ? Double.POSITIVE_INFINITY : key.getTime();
    }
}
