package org.cpsim.experiments.bench;

import ec.util.MersenneTwisterFast;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * MASON's bare schedule as a yardstick: a few trivial agents, each rescheduling itself at an
 * exponential delay, with a pending-event heap of the same order as a cpsim authority's. cpsim's
 * events per second are reported as a ratio to this, on the same machine in the same JVM.
 */
public final class BareSchedule {
    private BareSchedule() {}

    /** Runs {@code events} events among {@code agents} self-rescheduling agents; returns wall seconds. */
    public static double run(long events, int agents, long seed) {
        SimState state = new SimState(seed);
        state.start();
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        // One stateless steppable serves every agent: each pending event reschedules itself.
        Steppable agent = new Steppable() {
            private static final long serialVersionUID = 1L;
            @Override public void step(SimState s) { s.schedule.scheduleOnceIn(-Math.log(1 - random.nextDouble()), this); }
        };
        for (int i = 0; i < agents; i++) state.schedule.scheduleOnce(Schedule.EPOCH + random.nextDouble(), agent);
        long t0 = System.nanoTime();
        for (long e = 0; e < events; e++) state.schedule.step(state);
        double seconds = (System.nanoTime() - t0) / 1e9;
        state.finish();
        return seconds;
    }
}
