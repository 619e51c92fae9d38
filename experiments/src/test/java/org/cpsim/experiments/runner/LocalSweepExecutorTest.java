package org.cpsim.experiments.runner;

import static org.junit.jupiter.api.Assertions.*;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.model.Simulation;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.junit.jupiter.api.Test;

class LocalSweepExecutorTest {
    static Scenario small() throws URISyntaxException {
        Path f = Path.of(LocalSweepExecutorTest.class.getResource("/scenarios/small.yaml").toURI());
        return ScenarioLoader.load(f, List.of(Assignment.parse("population.children=2000"))).scenario();
    }

    static final Outcomes OUTCOMES = new Outcomes(List.of(Indicator.REFERRALS, Indicator.CHILDREN), new OutcomePeriod.MeanOfYears());

    @Test
    void everyTaskReachesTheSinkOnceWithTheModelsOutcomes() throws Exception {
        Scenario s = small();
        List<RunTask> tasks = new ArrayList<>();
        for (int r = 0; r < 4; r++) tasks.add(new RunTask(r % 2, r, s, 9));
        List<RunRecord> got = new ArrayList<>();
        Set<Thread> sinkThreads = new HashSet<>();
        new LocalSweepExecutor(2).execute(tasks, OUTCOMES, r -> {
            got.add(r);
            sinkThreads.add(Thread.currentThread());
        });
        assertEquals(4, got.size());
        assertEquals(Set.of(Thread.currentThread()), sinkThreads, "the sink is called on the caller's thread only");
        RunRecord third = got.stream().filter(r -> r.replication() == 2).findFirst().orElseThrow();
        assertArrayEquals(OUTCOMES.of(Simulation.run(s, 9, 2)), third.outcomes());
    }

    @Test
    void aFailingRunIsNamed() {
        List<RunTask> tasks = List.of(new RunTask(3, 1, null, 9));
        var e = assertThrows(IllegalStateException.class, () -> new LocalSweepExecutor(1).execute(tasks, OUTCOMES, r -> fail("no result")));
        assertEquals("design point 3, replication 1 (seed 9) failed in the model", e.getMessage());
        assertNotNull(e.getCause());
    }
}
