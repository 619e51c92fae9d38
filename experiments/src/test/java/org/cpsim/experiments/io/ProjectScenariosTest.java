package org.cpsim.experiments.io;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every scenario file in the project's {@code scenarios/} folder loads, so a broken one fails the build, not a user's run. */
class ProjectScenariosTest {

    @TestFactory
    Stream<DynamicTest> everyProjectScenarioLoads() throws IOException {
        Path scenarios = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios");
        if (!Files.isDirectory(scenarios)) return Stream.empty();
        try (Stream<Path> files = Files.walk(scenarios)) {
            return files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted()
                    .toList().stream()
                    .map(f -> DynamicTest.dynamicTest(scenarios.relativize(f).toString(), () -> {
                        ResolvedScenario r = ScenarioLoader.load(f);
                        assertFalse(r.values().isEmpty());
                    }));
        }
    }
}
