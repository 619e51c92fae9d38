package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.runner.LocalSweepExecutor;
import org.cpsim.experiments.runner.SweepExecutorFactory;
import org.cpsim.experiments.runner.SweepExecutors;
import org.cpsim.experiments.runner.SweepExecutor;
import org.cpsim.experiments.sweep.Journal;
import org.cpsim.experiments.sweep.RunKey;
import org.cpsim.experiments.sweep.SweepFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code cpsim sweep} on the real model, small: outputs, determinism across threads, and resuming after kill -9. */
class SweepCommandTest {
    @TempDir
    Path dir;

    /** 8 points x 6 replications of a 3,000-child authority: about a second in a fresh JVM on one thread. */
    Path sweepFile() throws IOException {
        Path f = dir.resolve("kill.yaml");
        String text = Files.readString(Path.of(CpsimTest.scenario("../sweeps/small-grid.yaml")))
                .replace("../scenarios/small.yaml", CpsimTest.scenario("small.yaml"))
                .replace("replications: 3", "replications: 6");
        Files.writeString(f, text);
        return f;
    }

    static final int RUNS = 8 * 6;

    record Outcome(int code, String out, String err) {}

    /** Runs in this JVM; every task handed to the executor is recorded in {@code started}. */
    Outcome sweep(List<RunKey> started, String... args) {
        SweepExecutorFactory counting = new SweepExecutorFactory() {
            @Override public String name() { return "local"; }

            @Override public SweepExecutor create(int threads) {
                return (tasks, outcomes, sink) -> {
                    tasks.forEach(t -> started.add(new RunKey(t.point(), t.replication())));
                    new LocalSweepExecutor(threads).execute(tasks, outcomes, sink);
                };
            }
        };
        CommandLine cl = new CommandLine(new SweepCommand(new SweepExecutors(List.of(counting)), dir));
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    Outcome sweep(String... args) { return sweep(Collections.synchronizedList(new ArrayList<>()), args); }

    @Test
    void writesRunsPointsAndManifestIdenticallyOnOneAndTwoThreads() throws IOException {
        Path file = sweepFile();
        Outcome one = sweep(file.toString(), "--threads", "1", "--out", "one");
        assertEquals(0, one.code(), one.err());
        Outcome two = sweep(file.toString(), "--threads", "2", "--out", "two");
        assertEquals(0, two.code(), two.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/runs.csv")), Files.readAllBytes(dir.resolve("two/runs.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/points.csv")), Files.readAllBytes(dir.resolve("two/points.csv")));

        List<String> runs = Files.readAllLines(dir.resolve("one/runs.csv"));
        assertEquals("point,replication,earlyHelp.placesPer10kChildren,assessment.regime,workforce.turnover.baseAnnualLeavingProbability,"
                + "referral_rate_per_10k,harm_days_per_10k,single_assessment_median_wd", runs.get(0));
        assertEquals(1 + RUNS, runs.size());
        assertTrue(runs.get(1).startsWith("0,0,0,prescribed,0.08,"), runs.get(1));
        assertTrue(runs.get(RUNS).startsWith("7,5,90,local_framework,0.18,"), runs.get(RUNS));
        List<String> points = Files.readAllLines(dir.resolve("one/points.csv"));
        assertEquals(9, points.size());
        assertTrue(points.get(0).startsWith("point,earlyHelp.placesPer10kChildren,assessment.regime,workforce.turnover.baseAnnualLeavingProbability,"
                + "referral_rate_per_10k_mean,referral_rate_per_10k_ci_low,referral_rate_per_10k_ci_high,harm_days_per_10k_mean"), points.get(0));

        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("one/manifest.json").toFile());
        assertEquals(64, manifest.get("sweepSha256").asText().length());
        assertEquals(64, manifest.get("scenarioSha256").asText().length());
        assertEquals(3, manifest.get("seed").asLong());
        assertEquals("grid", manifest.get("design").asText());
        assertEquals(RUNS, manifest.get("runsThisProcess").asInt());
        assertEquals(manifest.get("sweepSha256"), manifest.get("identity").get("sweepSha256"));
        try (var files = Files.list(dir.resolve("one"))) {
            // No journal or in-progress marker is left behind; the response charts sit beside the results.
            assertEquals(Set.of("runs.csv", "points.csv", "manifest.json", "charts"), files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
        assertTrue(one.out().contains("8 points x 6 replications = 48 runs (0 done by an earlier process)"), one.out());
        // The glance table names levers in words and fits a 100-column terminal (issue 16).
        assertTrue(one.out().contains("places per 10k children") && one.out().contains("Referral rate"), one.out());
        one.out().lines().forEach(l -> assertTrue(l.length() <= TerminalTable.WIDTH, "wider than a terminal: " + l));

        // The same command again has nothing to do.
        List<RunKey> again = Collections.synchronizedList(new ArrayList<>());
        Outcome done = sweep(again, file.toString(), "--out", "one");
        assertEquals(0, done.code(), done.err());
        assertTrue(done.out().contains("already complete"), done.out());
        assertTrue(again.isEmpty());
    }

    /**
     * kill -9 part-way, then the same command: it runs only what had not finished, and the results
     * are byte for byte those of a sweep that was never interrupted.
     */
    @Test
    void resumesAfterKillNineWithoutRerunningFinishedRuns() throws Exception {
        Path file = sweepFile();
        Path out = dir.resolve("killed");
        Path journal = out.resolve(Journal.FILE_NAME);
        Process child = new ProcessBuilder(javaCommand(), "-cp", System.getProperty("java.class.path"), Cpsim.class.getName(),
                "sweep", file.toString(), "--out", out.toString(), "--threads", "1")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (lines(journal) < 3 && child.isAlive() && Instant.now().isBefore(deadline)) Thread.sleep(2);
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            if (child.isAlive()) child.destroyForcibly();
        }
        assertTrue(Files.exists(out.resolve(SweepFolder.MARKER)), "killed while working: " + Files.readString(dir.resolve("child.log")));
        assertFalse(Files.exists(out.resolve("runs.csv")));
        // And as if the kill had caught a line half-written:
        Files.writeString(journal, "5,3,187.2", java.nio.file.StandardOpenOption.APPEND);
        Set<RunKey> finished = keys(journal);
        assertTrue(finished.size() >= 3 && finished.size() < RUNS, finished.size() + " runs finished before the kill");

        List<RunKey> started = Collections.synchronizedList(new ArrayList<>());
        Outcome resumed = sweep(started, file.toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.out().contains("(" + finished.size() + " done by an earlier process)"), resumed.out());
        assertEquals(RUNS - finished.size(), started.size(), "only the unfinished runs ran");
        assertEquals(started.size(), new HashSet<>(started).size(), "none twice");
        for (RunKey k : started) assertFalse(finished.contains(k), "finished run " + k + " ran again");

        Outcome uninterrupted = sweep(file.toString(), "--out", "reference", "--threads", "1");
        assertEquals(0, uninterrupted.code(), uninterrupted.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("reference/runs.csv")), Files.readAllBytes(out.resolve("runs.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("reference/points.csv")), Files.readAllBytes(out.resolve("points.csv")));
        assertFalse(Files.exists(out.resolve(SweepFolder.MARKER)));
        assertFalse(Files.exists(journal));
    }

    @Test
    void aDifferentSweepIsNotResumedInAnotherSweepsFolder() throws IOException {
        Path file = sweepFile();
        Files.createDirectories(dir.resolve("busy"));
        Files.writeString(dir.resolve("busy").resolve(SweepFolder.MARKER), "{\"sweepFile\": \"x\", \"sweepSha256\": \"00\", \"scenarioSha256\": \"11\","
                + " \"seed\": 3, \"design\": \"grid\", \"planSha256\": \"22\"}");
        CommandLine cl = Cpsim.commandLine(null, dir);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("sweep", file.toString(), "--out", "busy"));
        assertTrue(err.toString().startsWith(dir.resolve("busy") + " holds an unfinished different sweep (the sweep file has changed"), err.toString());
        assertEquals(1, err.toString().lines().count());
        assertEquals(List.of(SweepFolder.MARKER), Files.list(dir.resolve("busy")).map(p -> p.getFileName().toString()).toList(), "left as it was");
    }

    @Test
    void userErrorsExitTwoInOneLine() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(sweepFile()).replace("harm_days_per_10k,", "harm_days,"));
        CommandLine cl = Cpsim.commandLine(null, dir);
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err));
        cl.setOut(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("sweep", bad.toString()));
        assertEquals(bad + ":9: field 'outcomes.indicators[1]': expected an indicator id (cpsim metrics lists them), got harm_days", err.toString().strip());
        assertFalse(Files.exists(dir.resolve("output")), "nothing is written for a bad sweep file");

        StringWriter err2 = new StringWriter();
        cl.setErr(new PrintWriter(err2));
        assertEquals(2, cl.execute("sweep", sweepFile().toString(), "--executor", "spark"));
        assertTrue(err2.toString().startsWith("--executor: unknown executor 'spark'; available: local"), err2.toString());
        assertTrue(err2.toString().contains("docs/SPARK.md"), "says where the spark executor is: " + err2);

        // Options belong to an executor: the local one takes none, and says so rather than ignoring it.
        StringWriter err3 = new StringWriter();
        cl.setErr(new PrintWriter(err3));
        assertEquals(2, cl.execute("sweep", sweepFile().toString(), "--executor-option", "master=local[2]"));
        assertTrue(err3.toString().startsWith("--executor: the local executor takes no options, got master"), err3.toString());
        assertFalse(Files.exists(dir.resolve("output")), "nothing is written for a bad option");
    }

    private static String javaCommand() {
        return ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static int lines(Path journal) throws IOException {
        if (!Files.exists(journal)) return 0;
        return (int) Files.readString(journal).chars().filter(c -> c == '\n').count();
    }

    private static Set<RunKey> keys(Path journal) throws IOException {
        Set<RunKey> out = new HashSet<>();
        for (String line : Files.readString(journal).split("\n", -1)) {
            String[] f = line.split(",");
            // Only whole lines (with their checksum) are finished runs.
            if (f.length == 6) out.add(new RunKey(Integer.parseInt(f[0]), Integer.parseInt(f[1])));
        }
        return out;
    }
}
