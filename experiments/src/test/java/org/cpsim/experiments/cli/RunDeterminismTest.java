package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.cpsim.experiments.runner.ReplicationExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The real model through the real command: same scenario and seed give byte-identical files on 1 and 2 threads. */
class RunDeterminismTest {
    @TempDir
    Path dir;

    private int run(String out, String threads) {
        Path baseline = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios/england-baseline.yaml");
        CommandLine cl = Cpsim.commandLine(ReplicationExecutor.LOCAL, dir);
        cl.setOut(new PrintWriter(new StringWriter()));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        int code = cl.execute("run", baseline.toString(), "--replications", "3", "--seed", "42", "--threads", threads,
                "--years", "2", "--set", "population.children=8000", "--set", "calendar.warmUpYears=1", "--out", out);
        assertEquals(0, code, err.toString());
        return code;
    }

    @Test
    void metricsAndSummaryAreByteIdenticalOnOneAndTwoThreadsAndTwiceInARow() throws Exception {
        run("one", "1");
        run("two", "2");
        run("again", "2");
        for (String file : new String[] {"metrics.csv", "summary.csv"}) {
            byte[] one = Files.readAllBytes(dir.resolve("one").resolve(file));
            assertTrue(one.length > 1000, file + " has content");
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("two").resolve(file)), file + ": 1 vs 2 threads");
            assertArrayEquals(one, Files.readAllBytes(dir.resolve("again").resolve(file)), file + ": twice in a row");
        }
    }
}
