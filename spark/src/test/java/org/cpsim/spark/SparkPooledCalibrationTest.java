package org.cpsim.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.cli.Cpsim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * {@code cpsim calibrate} of a pooled calibration with {@code --executor spark} in {@code local[2]}
 * writes the files of the local executor byte for byte: the runs go to Spark as a sweep's do, and every
 * step of the estimator depends only on their results.
 */
class SparkPooledCalibrationTest {
    @TempDir
    Path dir;

    private int cpsim(StringWriter err, String... args) {
        CommandLine cl = Cpsim.commandLine(null, dir);
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    @Test
    void sparkGivesTheLocalExecutorsLevels() throws Exception {
        Path baseline = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios/england-baseline.yaml").toAbsolutePath().normalize();
        Files.writeString(dir.resolve("england.yaml"), "extends: " + baseline.toString().replace('\\', '/') + "\n"
                + "name: small-england  # assumption: label\n"
                + "calendar:\n  reportingYears: 2  # assumption: short, for a fast test\n  warmUpYears: 1  # assumption: short, for a fast test\n"
                + "authorities:\n"
                + "  - {name: \"North\", children: 4000}  # assumption: test\n"
                + "  - {name: \"South\", children: 3000}  # assumption: test\n");
        Files.writeString(dir.resolve("observed.csv"), String.join("\n", "authority,indicator,year,value",
                "North,child_population_0_17,2009-10,4000", "North,referrals,2009-10,210", "North,referrals,2010-11,220",
                "North,cin_at_31_march,2009-10,150", "North,cin_at_31_march,2010-11,160",
                "South,child_population_0_17,2009-10,3000", "South,referrals,2009-10,110", "South,referrals,2010-11,100",
                "South,cin_at_31_march,2009-10,80", "South,cin_at_31_march,2010-11,85", ""));
        Files.writeString(dir.resolve("pooled.yaml"), String.join("\n",
                "scenario: england.yaml", "observed: [observed.csv]", "authorities: all", "years: {from: 2009-10, to: 2010-11}",
                "indicators:", "  referrals: 1", "  cin_at_31_march: 1",
                "local:", "  - {level: needOnsetMultiplier, bounds: [0.25, 4]}", "  - {level: concernRateMultiplier, bounds: [0.25, 4]}",
                "replications: 2", "seed: 3", "method:", "  pooled: {iterations: 2, probeEvery: 1}", ""));
        StringWriter err = new StringWriter();
        assertEquals(0, cpsim(err, "calibrate", "pooled.yaml", "--threads", "2", "--out", "local"), err.toString());
        assertEquals(0, cpsim(err, "calibrate", "pooled.yaml", "--executor", "spark", "--executor-option", "master=local[2]", "--out", "spark"), err.toString());
        for (String file : List.of("levels.csv", "posterior.csv", "fit.csv", "diagnostics.csv", "elasticities.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("local").resolve(file)), Files.readAllBytes(dir.resolve("spark").resolve(file)), file);
        }
        assertEquals("spark", new ObjectMapper().readTree(dir.resolve("spark/manifest.json").toFile()).get("executor").asText());
    }
}
