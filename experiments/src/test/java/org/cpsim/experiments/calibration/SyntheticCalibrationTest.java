package org.cpsim.experiments.calibration;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cpsim.experiments.cli.Cpsim;
import org.cpsim.experiments.sweep.Journal;
import org.cpsim.experiments.sweep.SweepFolder;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calibration on synthetic data simulated from known values: ABC-SMC's 90% credible intervals cover
 * the truth, CMA-ES lands within a tolerance derived from the replication noise, and a calibration
 * killed part-way and resumed (on another thread count) ends with byte-identical results.
 */
class SyntheticCalibrationTest {
    @TempDir
    static Path dir;
    static List<RunResult> truth;
    static Synthetic.Outcome reference;
    static final String ABC = "abc_smc: {particles: 20, generations: 3}";

    @BeforeAll
    static void simulateTheDataAndCalibrateOnce() throws IOException {
        Synthetic.scenario(dir);
        truth = Synthetic.truthRuns(dir.resolve("synthetic.yaml"));
        Synthetic.observed(dir, truth);
        Synthetic.calibration(dir, "abc.yaml", ABC);
        reference = Synthetic.cpsim(dir, "calibrate", "abc.yaml", "--threads", "1", "--out", "abc");
    }

    @Test
    void abcPosteriorCoversTheTruthAndNarrowsThePrior() throws IOException {
        assertEquals(0, reference.code(), reference.err());
        Path out = dir.resolve("abc");
        for (String f : List.of("posterior.csv", "diagnostics.csv", "identifiability.csv", "fit.csv", "manifest.json", "synthetic-calibrated.yaml")) {
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        }
        List<String[]> rows = Synthetic.rows(out.resolve("identifiability.csv"));
        assertEquals(2, rows.size());
        double[] truthValues = {Synthetic.TRUE_FROM_NONE, Synthetic.TRUE_NFA};
        for (int j = 0; j < 2; j++) {
            String[] r = rows.get(j);
            double low = Double.parseDouble(r[7]), high = Double.parseDouble(r[8]), ratio = Double.parseDouble(r[9]);
            assertTrue(low <= truthValues[j] && truthValues[j] <= high, r[0] + ": 90% interval " + low + " to " + high + " misses " + truthValues[j]);
            assertTrue(ratio < 1, r[0] + ": the posterior should be narrower than the prior, sd ratio " + ratio);
        }
        List<String[]> particles = Synthetic.rows(out.resolve("posterior.csv"));
        assertEquals(20, particles.size());
        assertEquals(1.0, particles.stream().mapToDouble(p -> Double.parseDouble(p[1])).sum(), 1e-5);
        List<String[]> generations = Synthetic.rows(out.resolve("diagnostics.csv"));
        assertEquals(3, generations.size());
        double previous = Double.POSITIVE_INFINITY;
        for (String[] g : generations.subList(1, 3)) {
            double tolerance = Double.parseDouble(g[1]);
            assertTrue(tolerance <= previous, "tolerances shrink");
            previous = tolerance;
        }
        String yaml = Files.readString(out.resolve("synthetic-calibrated.yaml"));
        assertTrue(yaml.contains("extends: ../synthetic.yaml"), yaml);
        assertTrue(yaml.contains("which this file does NOT set") && yaml.contains("#   population.children: 6000  # assumption: the scenario's own value"), yaml);
        assertTrue(yaml.matches("(?s).*fromNone: [0-9.]+  # calibrated: abc.yaml, abc_smc, \\d{4}-\\d{2}-\\d{2}\n.*"), yaml);
        Synthetic.Outcome valid = Synthetic.cpsim(dir, "validate", "abc/synthetic-calibrated.yaml");
        assertEquals(0, valid.code(), valid.err());
        assertTrue(valid.out().lines().anyMatch(l -> l.startsWith(Synthetic.FROM_NONE) && l.contains(" calibrated ")), valid.out());
        assertTrue(reference.err().contains("generation 2: tolerance"), reference.err());
    }

    /** kill -9 part-way through, a torn journal line, then the same command on two threads: the same bytes as one uninterrupted run on one. */
    @Test
    void resumesAfterKillNineWithIdenticalResults() throws Exception {
        assertEquals(0, reference.code(), reference.err());
        Path out = dir.resolve("killed");
        Path journal = out.resolve(Journal.FILE_NAME);
        Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"), Cpsim.class.getName(),
                "calibrate", "abc.yaml", "--out", out.toString(), "--threads", "1")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            while (lines(journal) < 50 && child.isAlive() && Instant.now().isBefore(deadline)) Thread.sleep(5);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            if (child.isAlive()) child.destroyForcibly();
        }
        assertTrue(Files.exists(out.resolve(SweepFolder.MARKER)), "killed while working: " + Files.readString(dir.resolve("child.log")));
        assertFalse(Files.exists(out.resolve("posterior.csv")));
        Files.writeString(journal, "41,1,493.2", StandardOpenOption.APPEND);

        Synthetic.Outcome resumed = Synthetic.cpsim(dir, "calibrate", "abc.yaml", "--out", "killed", "--threads", "2");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("resuming the calibration"), resumed.err());
        for (String f : List.of("posterior.csv", "diagnostics.csv", "identifiability.csv", "fit.csv")) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("abc").resolve(f)), Files.readAllBytes(out.resolve(f)), f);
        }
        assertFalse(Files.exists(journal));
        assertFalse(Files.exists(out.resolve(SweepFolder.MARKER)));
        Synthetic.Outcome again = Synthetic.cpsim(dir, "calibrate", "abc.yaml", "--out", "killed");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("already complete"), again.out());
    }

    /**
     * CMA-ES from the baseline's values lands within 4 standard errors of the truth, each error being
     * the replication noise of the parameter's main indicator (2 calibration replications against 8 of
     * the data) over the indicator's slope in the parameter.
     */
    @Test
    void cmaesLandsWithinTheReplicationNoiseOfTheTruth() throws IOException {
        Synthetic.calibration(dir, "cmaes.yaml", "cmaes: {population: 6, iterations: 10, sigma0: 0.3}");
        Synthetic.Outcome r = Synthetic.cpsim(dir, "calibrate", "cmaes.yaml", "--out", "cmaes");
        assertEquals(0, r.code(), r.err());
        List<String[]> best = Synthetic.rows(dir.resolve("cmaes/best.csv"));
        double[] found = {Double.parseDouble(best.get(0)[1]), Double.parseDouble(best.get(1)[1])};
        Path scenario = dir.resolve("synthetic.yaml");
        double[] tolerance = {
                tolerance(Indicator.REFERRAL_RATE_PER_10K, slope(scenario, Indicator.REFERRAL_RATE_PER_10K, 0, 0.02)),
                tolerance(Indicator.REFERRALS_NFA_PCT, slope(scenario, Indicator.REFERRALS_NFA_PCT, 1, 0.05))};
        double[] truthValues = {Synthetic.TRUE_FROM_NONE, Synthetic.TRUE_NFA};
        double[] range = {0.12, 0.30};
        for (int j = 0; j < 2; j++) {
            assertTrue(tolerance[j] < range[j] / 3, "the tolerance " + tolerance[j] + " should be a small part of the prior's range " + range[j]);
            assertEquals(truthValues[j], found[j], tolerance[j], best.get(j)[0] + " (tolerance " + tolerance[j] + ")");
        }
        assertEquals(2, Synthetic.rows(dir.resolve("cmaes/identifiability.csv")).size());
        assertTrue(Synthetic.rows(dir.resolve("cmaes/diagnostics.csv")).size() >= 2);
    }

    /** 4 standard errors of (mean of 2 calibration replications - mean of 8 data replications), averaged over the years, over the slope. */
    private static double tolerance(Indicator i, double slope) {
        double var = 0;
        for (String y : Synthetic.YEARS) var += Math.pow(Synthetic.sd(truth, i, y), 2) * (1.0 / 2 + 1.0 / Synthetic.DATA_REPLICATIONS);
        double se = Math.sqrt(var) / Synthetic.YEARS.size();
        return 4 * se / Math.abs(slope);
    }

    /** The indicator's change (mean over years) per unit of parameter j, by central difference with common random numbers. */
    private static double slope(Path scenario, Indicator i, int j, double h) {
        double[] at = {Synthetic.TRUE_FROM_NONE, Synthetic.TRUE_NFA};
        double[] plus = at.clone(), minus = at.clone();
        plus[j] += h;
        minus[j] -= h;
        return (meanOverYears(Synthetic.at(scenario, plus[0], plus[1]), i) - meanOverYears(Synthetic.at(scenario, minus[0], minus[1]), i)) / (2 * h);
    }

    private static double meanOverYears(Scenario s, Indicator i) {
        List<RunResult> runs = org.cpsim.experiments.runner.ReplicationRunner.run(s, 11, 4, 2, null);
        double m = 0;
        for (String y : Synthetic.YEARS) m += Synthetic.mean(runs, i, y);
        return m / Synthetic.YEARS.size();
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int lines(Path journal) throws IOException {
        if (!Files.exists(journal)) return 0;
        return (int) Files.readString(journal).chars().filter(c -> c == '\n').count();
    }
}
