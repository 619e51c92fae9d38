package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.cpsim.experiments.report.SyntheticResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/** {@code cpsim chart} and {@code cpsim brief} on good and bad input: what they write, print and exit with. */
class ReportCommandsTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}

    Outcome run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    Outcome cpsim(String... args) { return run(Cpsim.commandLine(), args); }

    @ParameterizedTest
    @ValueSource(strings = {"chart", "brief"})
    void bothVerbsAreRegisteredWithHelpAndExamples(String verb) {
        Outcome o = cpsim(verb, "--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("Usage: cpsim " + verb), o.out());
        assertTrue(o.out().contains("Examples:") && o.out().contains("cpsim " + verb + " "), o.out());
    }

    // ---- chart

    @Test
    void chartWritesPngAndSvgIntoTheFoldersChartsAndListsThem() throws IOException {
        Path cmp = SyntheticResults.comparison(dir.resolve("cmp"), "a", "b");
        Outcome o = cpsim("chart", cmp.toString(), "--indicator", "harm_days_per_10k");
        assertEquals(0, o.code(), o.err());
        List<String> lines = o.out().lines().toList();
        assertEquals(List.of(cmp.resolve("charts/timeseries-harm_days_per_10k.png").toString(), cmp.resolve("charts/timeseries-harm_days_per_10k.svg").toString(),
                cmp.resolve("charts/differences-2015-16.png").toString(), cmp.resolve("charts/differences-2015-16.svg").toString()), lines);
        for (String l : lines) assertTrue(Files.size(Path.of(l)) > 0);
        assertNoPartialFiles();
    }

    @Test
    void severalFoldersGoToOneSubfolderEachUnderOut() throws IOException {
        Path sweep = SyntheticResults.sweep(dir.resolve("sweep")), fit = SyntheticResults.fit(dir.resolve("fit"));
        Outcome o = cpsim("chart", sweep.toString(), fit.toString(), "--out", dir.resolve("all").toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(dir.resolve("all/sweep/sweep-harm_days_per_10k.svg")));
        assertTrue(Files.exists(dir.resolve("all/fit/fit-cp_plan_rate_per_10k.png")));
    }

    @Test
    void chartRefusesWhatItCannotReadInOneLine() throws IOException {
        Outcome missing = cpsim("chart", dir.resolve("nowhere").toString());
        assertEquals(2, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        assertTrue(missing.err().contains("not a folder"), missing.err());

        Path cmp = SyntheticResults.comparison(dir.resolve("cmp"), "a", "b");
        Outcome unknown = cpsim("chart", cmp.toString(), "--indicator", "happiness");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("unknown indicator 'happiness'"), unknown.err());

        Outcome date = cpsim("chart", cmp.toString(), "--policy-date", "March 2011");
        assertEquals(2, date.code());
        assertTrue(date.err().startsWith("--policy-date wants DATE=LABEL"), date.err());

        Outcome nothing = cpsim("chart", SyntheticResults.fit(dir.resolve("fit")).toString(), "--indicator", "births");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().startsWith("nothing to chart in"), nothing.err());
    }

    @Test
    void runDrawsItsChartsOnceItsResultsAreInPlace() throws Exception {
        org.cpsim.experiments.runner.ReplicationExecutor fake = (scenario, seed, replications, threads, onDone) ->
                FakeResults.results(scenario, seed, replications);
        Outcome o = run(Cpsim.commandLine(fake, dir), "run", CpsimTest.scenario("small.yaml"), "--replications", "3", "--out", "results");
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(dir.resolve("results/charts/timeseries-harm_days_per_10k.svg")));
        assertTrue(Files.exists(dir.resolve("results/charts/timeseries-harm_days_per_10k.png")));
        assertNoPartialFiles();
    }

    // ---- brief

    @Test
    void briefWritesTheFirstFoldersBriefHtmlByDefault() throws IOException {
        Path cmp = SyntheticResults.comparison(dir.resolve("cmp"), "a", "b");
        Path sens = SyntheticResults.sensitivity(dir.resolve("sens"));
        Outcome o = cpsim("brief", cmp.toString(), sens.toString(), "--title", "Timescales", "--question", "Lift them?");
        assertEquals(0, o.code(), o.err());
        assertEquals(cmp.resolve("brief.html").toString(), o.out().strip());
        String html = Files.readString(cmp.resolve("brief.html"));
        assertTrue(html.contains("<h1>Timescales</h1>") && html.contains("Lift them?"));
        assertNoPartialFiles();
    }

    @Test
    void briefWithoutAComparisonIsAUserErrorAndWritesNothing() throws IOException {
        Path sens = SyntheticResults.sensitivity(dir.resolve("sens"));
        Outcome o = cpsim("brief", sens.toString());
        assertEquals(2, o.code());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("a brief needs a comparison folder"), o.err());
        assertFalse(Files.exists(sens.resolve("brief.html")));
    }

    @Test
    void pdfWithoutChromiumExitsTwoBeforeWritingAnything() throws IOException {
        Path cmp = SyntheticResults.comparison(dir.resolve("cmp"), "a", "b");
        Clock clock = Clock.fixed(Instant.parse("2026-11-26T12:00:00Z"), ZoneOffset.UTC);
        Outcome o = run(new CommandLine(new BriefCommand(Optional::empty, clock)), cmp.toString(), "--pdf");
        assertEquals(2, o.code());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith("--pdf needs headless Chromium"), o.err());
        assertFalse(Files.exists(cmp.resolve("brief.html")));
    }

    @Test
    void thePdfSitsBesideTheHtml() {
        assertEquals(Path.of("out/brief.pdf"), BriefCommand.pdfBeside(Path.of("out/brief.html")));
        assertEquals(Path.of("minister.pdf"), BriefCommand.pdfBeside(Path.of("minister")));
    }

    private void assertNoPartialFiles() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().endsWith(".partial")), "no temporary file is left behind");
        }
    }
}
