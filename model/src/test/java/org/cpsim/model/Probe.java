package org.cpsim.model;

import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;

/** Developer probe (not a test): times replications of the test authority after warm-up. */
public final class Probe {
    public static void main(String[] args) {
        int children = args.length > 0 ? Integer.parseInt(args[0]) : 75_000;
        Scenario s = Scenario.of(TestScenarios.authority(children, 10, args.length > 1 ? Integer.parseInt(args[1]) : 5));
        for (int i = 0; i < 5; i++) Simulation.run(s, 1, i);
        double[] t = new double[7];
        double[] cpu = new double[7];
        long events = 0;
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < t.length; i++) {
            long t0 = System.nanoTime();
            long c0 = threads.getCurrentThreadCpuTime();
            RunResult r = Simulation.run(s, 1, 100 + i);
            t[i] = (System.nanoTime() - t0) / 1e9;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e9;
            events = r.events();
        }
        java.util.Arrays.sort(cpu);
        System.out.printf("thread cpu median %.3f s%n", cpu[cpu.length / 2]);
        java.util.Arrays.sort(t);
        Simulation sim = Simulation.started(s, 1, 999);
        RunResult one = sim.runToEnd();
        System.out.printf("need transitions and concerns accepted: %d of %d steps%n", sim.authority().needTransitions(), one.events());
        System.out.printf("children %d: median %.3f s (min %.3f max %.3f), %d events, %.2f M events/s%n",
                children, t[t.length / 2], t[0], t[t.length - 1], events, events / t[t.length / 2] / 1e6);
    }
}
