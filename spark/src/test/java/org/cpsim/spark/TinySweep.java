package org.cpsim.spark;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example sweep, tiny: 24 points x 2 replications of 2,000 children over 1 reporting year after 1 year of warm-up. */
final class TinySweep {
    private TinySweep() {}

    static Path write(Path dir) throws IOException {
        Path sweeps = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios/sweeps").toAbsolutePath().normalize();
        String text = Files.readString(sweeps.resolve("early-help-by-regime.yaml"))
                .replace("scenario: ../england-baseline.yaml", "scenario: " + sweeps.resolve("../england-baseline.yaml").normalize())
                .replace("replications: 10", "replications: 2")
                .replaceFirst("population\\.children: 40000 .*", "population.children: 2000  # assumption: tiny, for a fast test\n"
                        + "  calendar.reportingYears: 1  # assumption: short, for a fast test\n"
                        + "  calendar.warmUpYears: 1  # assumption: short, for a fast test");
        assertTrue(text.contains("population.children: 2000"), "the example sweep still has the override this test shrinks");
        Path file = dir.resolve("tiny.yaml");
        Files.writeString(file, text);
        return file;
    }
}
