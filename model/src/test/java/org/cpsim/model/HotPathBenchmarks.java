package org.cpsim.model;

import java.util.concurrent.TimeUnit;

import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.family.Help;
import org.cpsim.model.metrics.RunResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH micro-benchmarks of the model's hot paths: the whole event loop of a small authority, a child's
 * move between need strata (what every transition and change of help costs), and a front door
 * decision. Run with {@code ./bench-jmh}; these are measurements, never tests.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = "-XX:+UseParallelGC")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HotPathBenchmarks {
    private Scenario smallAuthority;
    private Authority authority;
    private int child;

    @Setup(Level.Trial)
    public void scenario() {
        smallAuthority = Scenario.of(TestScenarios.authority(10_000, 2, 1));
    }

    /** A fresh authority each iteration, so front door decisions keep meeting children not yet known to services. */
    @Setup(Level.Iteration)
    public void build() {
        authority = Simulation.started(Scenario.of(TestScenarios.authority(75_000, 1, 0)), 1, 0).authority();
    }

    /** The event loop end to end: a 10,000-child authority for three simulated years. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public RunResult eventLoopSmallAuthority() {
        return Simulation.run(smallAuthority, 1, 0);
    }

    /** A child's help changes: two stratum updates in the Fenwick tree and the harm integrals. */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int familyTransition() {
        child = (child + 7919) % authority.population().alive();
        int help = authority.population().help(child) == Help.NONE ? Help.EARLY_HELP : Help.NONE;
        authority.needProcess().setHelp(child, help, 0);
        return authority.population().help(child);
    }

    /** A front door screening of a concern (perception, threshold band, early help offer or referral). */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public int frontDoorDecision() {
        child = (child + 7919) % authority.population().alive();
        authority.frontDoor().contact(child, 0);
        return authority.population().state(child).ordinal();
    }
}
