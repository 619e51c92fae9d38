package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.cpsim.experiments.verification.DegenerateQueueScenario;
import org.cpsim.experiments.verification.SyntheticRuns;
import org.cpsim.experiments.verification.VerificationSuite;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** Exit codes, files and messages of {@code cpsim verify}, with a synthetic simulator in place of the model. */
class VerifyCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-01-02T03:04:05Z"), ZoneOffset.UTC);
    private static final Scenario REALISTIC = new DegenerateQueueScenario(5, 10, 1, 1_000_000, 4, 1).scenario();

    @TempDir Path tmp;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private static VerificationSuite.Simulator synthetic(double waitBias) {
        return (scenario, seed, n, threads) -> {
            List<RunResult> runs = new ArrayList<>();
            var q = VerificationSuite.defaultQueues().stream().filter(x -> x.scenario().name().equals(scenario.name())).findFirst();
            for (int r = 0; r < n; r++) {
                runs.add(q.isPresent() ? SyntheticRuns.queue(q.get(), seed, r, 0.02, waitBias)
                        : SyntheticRuns.conserving(scenario.name(), seed, r, 4, 0));
            }
            return runs;
        };
    }

    private int verify(Function<Path, Scenario> loader, double waitBias, String... args) {
        var cmd = new CommandLine(new VerifyCommand(loader, synthetic(waitBias), CLOCK));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void allChecksPassingExitsZeroAndWritesTheCsv() throws Exception {
        Path dir = tmp.resolve("v");
        assertEquals(0, verify(null, 1, "--out", dir.toString(), "--replications", "10", "--threads", "1"));
        List<String> lines = Files.readAllLines(dir.resolve("verification.csv"));
        assertEquals("check,expected,simulated,ci_low,ci_high,pass", lines.get(0));
        assertEquals(1 + 10, lines.size(), "ten interval checks, conservation skipped");
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.endsWith(",true"), line);
            assertEquals(6, line.split(",").length, "no stray commas in " + line);
        }
        assertTrue(out.toString().contains("PASS"), out.toString());
        assertTrue(out.toString().contains("10 of 10 checks passed."), out.toString());
        assertTrue(err.toString().contains("Conservation checks skipped"), err.toString());
    }

    @Test
    void aFailingCheckExitsOne() throws Exception {
        Path dir = tmp.resolve("v");
        assertEquals(1, verify(null, 1.25, "--out", dir.toString(), "--replications", "10"));
        assertTrue(Files.readString(dir.resolve("verification.csv")).contains(",false"));
        assertTrue(out.toString().contains("FAIL"));
        assertTrue(out.toString().contains("VERIFICATION FAILED"));
    }

    @Test
    void aGivenScenarioAddsTheConservationChecks() throws Exception {
        Path file = Files.writeString(tmp.resolve("baseline.yaml"), "# read by the stand-in loader below\n");
        Path dir = tmp.resolve("v");
        List<Path> loaded = new ArrayList<>();
        Function<Path, Scenario> loader = p -> { loaded.add(p); return REALISTIC; };
        assertEquals(0, verify(loader, 1, "--out", dir.toString(), "--replications", "5", "--scenario", file.toString()));
        assertEquals(List.of(file), loaded);
        assertEquals(1 + 10 + 8, Files.readAllLines(dir.resolve("verification.csv")).size());
    }

    @Test
    void userErrorsGetOneMessageAndNoStackTrace() {
        assertEquals(2, verify(null, 1, "--replications", "1", "--out", tmp.toString()));
        assertTrue(err.toString().contains("--replications must be at least 2"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void aMissingScenarioFileIsAUserError() {
        Function<Path, Scenario> loader = p -> REALISTIC;
        assertEquals(2, verify(loader, 1, "--scenario", tmp.resolve("nope.yaml").toString(), "--out", tmp.toString()));
        assertTrue(err.toString().contains("no such file"), err.toString());
    }

    @Test
    void aMalformedScenarioIsAUserError() throws Exception {
        Path file = Files.writeString(tmp.resolve("bad.yaml"), "x: 1\n");
        Function<Path, Scenario> loader = p -> { throw new IllegalArgumentException("bad.yaml line 1: unknown key x"); };
        assertEquals(2, verify(loader, 1, "--scenario", file.toString(), "--out", tmp.toString()));
        assertTrue(err.toString().contains("unknown key x"), err.toString());
    }

    @Test
    void helpExplainsTheToleranceAndExitCodes() {
        assertEquals(0, verify(null, 1, "--help"));
        String help = out.toString();
        assertTrue(help.contains("share a 1% family-wise error rate"), help);
        assertTrue(help.contains("Exit code 0"), help);
        // picocli formats descriptions with String.format; a lone % only earns a warning on System.err, so check here.
        var spec = new CommandLine(new VerifyCommand()).getCommandSpec();
        for (String line : spec.usageMessage().description()) assertDoesNotThrow(() -> String.format(line), line);
        for (var option : spec.options()) for (String line : option.description()) assertDoesNotThrow(() -> String.format(line), line);
    }

    @Test
    void defaultOutputFolderIsTimestamped() {
        assertEquals(Path.of("output", "verification-20240102-030405"), new VerifyCommand(null, synthetic(1), CLOCK).defaultOutputDir());
    }
}
