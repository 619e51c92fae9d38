package org.cpsim.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.cpsim.experiments.cli.Cpsim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./cpsim sweep ... --executor spark}, as a user types it: the launcher script picks the spark
 * module's jar (with Spark from {@code target/lib}) and gives the local executor's {@code runs.csv}.
 * Runs after {@code package} (failsafe), when that jar is newer than the sources, so the launcher
 * finds nothing to build; a test that saw it build would mean the launcher's staleness check is off.
 */
class LauncherIT {
    @TempDir
    Path dir;

    @Test
    void theLauncherRunsASparkSweepWithTheSparkModulesJar() throws Exception {
        Path root = Path.of(System.getProperty("cpsim.projectRoot", "..")).toAbsolutePath().normalize();
        Path sweep = TinySweep.write(dir);
        assertEquals(0, Cpsim.commandLine(null, dir).execute("sweep", sweep.toString(), "--threads", "2", "--out", "local"));

        Path log = dir.resolve("launcher.log");
        Process p = new ProcessBuilder("bash", root.resolve("cpsim").toString(), "sweep", sweep.toString(),
                "--executor", "spark", "--executor-option", "master=local[2]", "--out", "spark")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the launcher still running after 5 minutes: " + Files.readString(log));
        } finally {
            p.destroyForcibly();
        }
        String output = Files.readString(log);
        assertEquals(0, p.exitValue(), output);
        assertFalse(output.contains("building cpsim"), "the jar was fresh, so nothing to build: " + output);
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/runs.csv")), Files.readAllBytes(dir.resolve("spark/runs.csv")), output);
        assertTrue(Files.readString(dir.resolve("spark/manifest.json")).contains("\"executor\" : \"spark\""));
    }
}
