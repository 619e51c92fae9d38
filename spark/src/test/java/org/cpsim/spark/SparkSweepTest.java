package org.cpsim.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.cli.Cpsim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code cpsim sweep --executor spark} in {@code local[2]} writes the {@code runs.csv} of the local
 * executor, byte for byte, on one thread and on two: the determinism docs/SPARK.md promises.
 */
class SparkSweepTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}

    /** The command as users get it, in this JVM: the spark executor is found through ServiceLoader. */
    Outcome cpsim(String... args) {
        CommandLine cl = Cpsim.commandLine(null, dir);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    /**
     * The example sweep as shipped (24 points: four early help levels x two regimes x three turnover
     * rates), made small: 5,000 children, 2 reporting years and 4 replications instead of 40,000, 10
     * and 10. Still 96 runs, so Spark's 96 partitions finish in an order of their own.
     */
    Path smallExampleSweep() throws IOException {
        Path sweeps = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios/sweeps").toAbsolutePath().normalize();
        String text = Files.readString(sweeps.resolve("early-help-by-regime.yaml"));
        String small = text
                .replace("replications: 10", "replications: 4")
                .replace("scenario: ../england-baseline.yaml", "scenario: " + sweeps.resolve("../england-baseline.yaml").normalize())
                .replaceFirst("population\\.children: 40000 .*", "population.children: 5000  # assumption: small, for a fast test\n"
                        + "  calendar.reportingYears: 2  # assumption: short, for a fast test");
        assertTrue(small.contains("population.children: 5000"), "the example sweep still has the override this test shrinks");
        Path file = dir.resolve("early-help-by-regime-small.yaml");
        Files.writeString(file, small);
        return file;
    }

    @Test
    void sparkWritesTheRunsOfTheLocalExecutorByteForByte() throws IOException {
        Path sweep = smallExampleSweep();
        Outcome one = cpsim("sweep", sweep.toString(), "--threads", "1", "--out", "local-1");
        assertEquals(0, one.code(), one.err());
        Outcome two = cpsim("sweep", sweep.toString(), "--threads", "2", "--out", "local-2");
        assertEquals(0, two.code(), two.err());
        Outcome spark = cpsim("sweep", sweep.toString(), "--executor", "spark", "--executor-option", "master=local[2]", "--out", "spark");
        assertEquals(0, spark.code(), spark.err());
        assertTrue(spark.out().contains("24 points x 4 replications = 96 runs"), spark.out());

        byte[] runs = Files.readAllBytes(dir.resolve("local-1/runs.csv"));
        assertEquals(1 + 96, Files.readAllLines(dir.resolve("local-1/runs.csv")).size());
        assertArrayEquals(runs, Files.readAllBytes(dir.resolve("local-2/runs.csv")), "local, 1 and 2 threads");
        assertArrayEquals(runs, Files.readAllBytes(dir.resolve("spark/runs.csv")), "spark local[2] and local");
        assertArrayEquals(Files.readAllBytes(dir.resolve("local-1/points.csv")), Files.readAllBytes(dir.resolve("spark/points.csv")));
        assertEquals("spark", new ObjectMapper().readTree(dir.resolve("spark/manifest.json").toFile()).get("executor").asText());
    }

    @Test
    void anOptionSparkDoesNotTakeIsAUserError() throws IOException {
        Outcome bad = cpsim("sweep", smallExampleSweep().toString(), "--executor", "spark", "--executor-option", "memory=4g");
        assertEquals(Cpsim.USER_ERROR, bad.code());
        assertEquals("--executor: the spark executor takes master=URL and spark.* settings, got memory", bad.err().lines().findFirst().orElse(""));
    }
}
