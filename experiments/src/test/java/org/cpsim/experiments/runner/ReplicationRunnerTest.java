package org.cpsim.experiments.runner;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A multi-authority scenario spread over threads gives the same national and per-authority results on 1 and 2 threads. */
class ReplicationRunnerTest {

    @Test
    void authoritiesSpreadOverThreadsGiveIdenticalResults(@TempDir Path dir) throws Exception {
        Path baseline = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios/england-baseline.yaml").toAbsolutePath();
        Path three = dir.resolve("three.yaml");
        Files.writeString(three, """
                extends: %s
                authorities:
                  - {name: a, children: 4000}  # assumption: test
                  - {name: b, children: 6000}  # assumption: test
                  - {name: c, children: 3000}  # assumption: test
                """.formatted(baseline));
        Scenario scenario = ScenarioLoader.load(three, List.of(
                Assignment.parse("calendar.reportingYears=2"), Assignment.parse("calendar.warmUpYears=1"))).scenario();
        List<RunResult> one = ReplicationRunner.run(scenario, 3, 2, 1, null);
        List<RunResult> two = ReplicationRunner.run(scenario, 3, 2, 2, null);
        for (int r = 0; r < 2; r++) {
            assertEquals(3, one.get(r).authorities().size());
            for (int p = 0; p < one.get(r).values().length; p++) {
                assertArrayEquals(one.get(r).values()[p], two.get(r).values()[p], 0.0);
                for (int a = 0; a < 3; a++) {
                    assertArrayEquals(one.get(r).authorities().get(a).values()[p], two.get(r).authorities().get(a).values()[p], 0.0);
                }
            }
        }
    }
}
