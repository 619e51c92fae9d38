package org.cpsim.experiments.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.cpsim.experiments.calibration.CalibrationProblem;
import org.cpsim.experiments.sweep.SweepPlan;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every scenario file in the project's {@code scenarios/} folder loads, and every sweep file in
 * {@code scenarios/sweeps/} loads with all its points, so a broken one fails the build, not a user's run.
 */
class ProjectScenariosTest {
    private static final String SWEEPS = "sweeps";
    private static final String CALIBRATIONS = "calibration";

    @TestFactory
    Stream<DynamicTest> everyProjectScenarioLoads() throws IOException {
        Path scenarios = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios");
        if (!Files.isDirectory(scenarios)) return Stream.empty();
        try (Stream<Path> files = Files.walk(scenarios)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .filter(f -> !f.startsWith(scenarios.resolve(SWEEPS)) && !f.startsWith(scenarios.resolve(CALIBRATIONS)))
                    .sorted()
                    .toList().stream()
                    .map(f -> DynamicTest.dynamicTest(scenarios.relativize(f).toString(), () -> {
                        ResolvedScenario r = ScenarioLoader.load(f);
                        assertFalse(r.values().isEmpty());
                    }));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyProjectSweepLoadsWithAllItsPoints() throws IOException {
        Path sweeps = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios").resolve(SWEEPS);
        if (!Files.isDirectory(sweeps)) return Stream.empty();
        try (Stream<Path> files = Files.list(sweeps)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
                    .map(f -> DynamicTest.dynamicTest(sweeps.relativize(f).toString(), () -> {
                        SweepPlan plan = SweepPlan.sweep(SweepLoader.load(f));
                        assertFalse(plan.points().isEmpty());
                        assertTrue(plan.notes().isEmpty(), "a project sweep should not vary a value its timeline overrides: " + plan.notes());
                    }));
        }
    }

    /** Every calibration file in {@code scenarios/calibration/} reads, and its parameters (or local levels) and indicators suit its scenario and data. */
    @TestFactory
    Stream<DynamicTest> everyProjectCalibrationSetsUp() throws IOException {
        Path calibrations = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios").resolve(CALIBRATIONS);
        if (!Files.isDirectory(calibrations)) return Stream.empty();
        try (Stream<Path> files = Files.list(calibrations)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream()
                    .map(f -> DynamicTest.dynamicTest(calibrations.relativize(f).toString(), () -> {
                        var spec = CalibrationLoader.load(f);
                        if (spec.method() instanceof org.cpsim.experiments.calibration.Method.Pooled) {
                            // Every authority of the scenario with its figures, and every level loads at both bounds.
                            var pooled = org.cpsim.experiments.calibration.PooledProblem.of(spec);
                            assertFalse(pooled.authorities().isEmpty());
                            assertFalse(pooled.keys().isEmpty());
                            return;
                        }
                        CalibrationProblem problem = CalibrationProblem.of(spec);
                        assertFalse(problem.targets().isEmpty());
                        assertTrue(problem.notes().isEmpty(), "a project calibration should not estimate a value its timeline overrides: " + problem.notes());
                    }));
        }
    }
}
