package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

class CpsimTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}

    final AtomicReference<Scenario> ran = new AtomicReference<>();
    final AtomicInteger calls = new AtomicInteger();
    ReplicationExecutor fake = (scenario, seed, replications, threads, onDone) -> {
        calls.incrementAndGet();
        ran.set(scenario);
        for (int r = 1; r <= replications; r++) onDone.accept(r);
        return FakeResults.results(scenario, seed, replications);
    };

    Outcome cpsim(String... args) { return cpsim(fake, args); }

    Outcome cpsim(ReplicationExecutor executor, String... args) {
        CommandLine cl = Cpsim.commandLine(executor, dir);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }

    static String scenario(String name) {
        try {
            return Path.of(CpsimTest.class.getResource("/scenarios/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- run

    @Test
    void runWritesTheThreeFilesWithTheirHeaders() throws IOException {
        Outcome o = cpsim("run", scenario("small.yaml"), "--replications", "3", "--seed", "5", "--threads", "2", "--out", "results");
        assertEquals(0, o.code(), o.err());
        Path folder = dir.resolve("results");
        assertTrue(o.out().startsWith(folder.toString()), o.out());
        List<String> metrics = Files.readAllLines(folder.resolve("metrics.csv"));
        assertEquals("scenario,replication,period,indicator,value", metrics.get(0));
        assertEquals(1 + 3 * 3 * Indicator.values().length, metrics.size());
        assertEquals("small,0,2011M04,children,5", metrics.get(1));
        assertEquals("small,0,2011M04,births,5.01", metrics.get(2));
        assertTrue(metrics.contains("small,2,2012-13,single_assessment_median_wd,"), "NaN is written empty");
        List<String> summary = Files.readAllLines(folder.resolve("summary.csv"));
        assertEquals("scenario,period,indicator,mean,sd,ci_low,ci_high,n", summary.get(0));
        assertEquals(1 + 3 * Indicator.values().length, summary.size());
        assertTrue(summary.get(1).startsWith("small,2011M04,children,6,1,"), summary.get(1));
        assertTrue(summary.get(1).endsWith(",3"), summary.get(1));

        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals(5, manifest.get("seed").asLong());
        assertEquals(3, manifest.get("replications").asInt());
        assertEquals(2, manifest.get("threads").asInt());
        assertEquals(3 * 1000 + 0 + 1 + 2, manifest.get("eventsProcessed").asLong());
        assertEquals(64, manifest.get("scenarioSha256").asText().length());
        assertEquals(scenario("small.yaml"), manifest.get("scenarioPath").asText());
        assertEquals("cpsim", manifest.get("commandLine").get(0).asText());
        assertEquals("run", manifest.get("commandLine").get(1).asText());
        assertTrue(manifest.get("peakHeapBytes").asLong() > 0);
        assertFalse(manifest.get("cpsimVersion").asText().contains("${"), "version is filtered in by Maven");
        assertTrue(manifest.get("gitCommit").isNull() || manifest.get("gitCommit").asText().matches("[0-9a-f]{40}(-dirty)?"));
        JsonNode first = manifest.get("resolvedScenario").get(0);
        assertEquals("name", first.get("path").asText());
        boolean sourced = false;
        for (JsonNode v : manifest.get("resolvedScenario")) {
            if (v.get("path").asText().equals("earlyHelp.placesPer10kChildren")) {
                sourced = v.get("kind").asText().equals("assumption") && v.get("line").asInt() == 95;
            }
        }
        assertTrue(sourced, "values carry kind and line");
        assertEquals(2, manifest.get("timeline").size());

        // The headline: the last year's figures with their interval.
        assertTrue(o.out().contains("2012-13"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("referral_rate_per_10k") && l.contains(" to ")), o.out());
        assertEquals(1, calls.get());
        assertNoPartialFolders();
    }

    @Test
    void runWritesToATimestampedFolderUnderOutputByDefault() throws IOException {
        Outcome o = cpsim("run", scenario("small.yaml"), "--replications", "2");
        assertEquals(0, o.code(), o.err());
        try (Stream<Path> folders = Files.list(dir.resolve("output"))) {
            List<Path> list = folders.toList();
            assertEquals(1, list.size());
            assertTrue(list.get(0).getFileName().toString().matches("small-\\d{8}-\\d{6}"), list.toString());
            assertTrue(Files.exists(list.get(0).resolve("manifest.json")));
        }
    }

    @Test
    void yearsAndSetReachTheModel() {
        Outcome o = cpsim("run", scenario("small.yaml"), "--replications", "1", "--years", "4",
                "--set", "earlyHelp.maxWaitWeeks=9", "--out", "r");
        assertEquals(0, o.code(), o.err());
        assertEquals(4, ran.get().initial().calendar().reportingYears());
        assertEquals(4, ran.get().timeline().get(1).config().calendar().reportingYears());
        assertEquals(9, ran.get().initial().earlyHelp().maxWaitWeeks());
    }

    @Test
    void aBadScenarioExitsTwoWithOneLineAndWritesNothing() throws IOException {
        Outcome o = cpsim("run", scenario("bad/string-for-number.yaml"), "--out", "results");
        assertEquals(2, o.code());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().startsWith(scenario("bad/string-for-number.yaml") + ":3: field 'workforce.hoursPerWeek'"), o.err());
        assertEquals("", o.out());
        assertEquals(0, calls.get(), "the model never ran");
        assertFalse(Files.exists(dir.resolve("results")));
        assertNoPartialFolders();
    }

    @Test
    void aBadSetValueExitsTwo() {
        Outcome o = cpsim("run", scenario("small.yaml"), "--set", "care.fosterShare=2", "--out", "results");
        assertEquals(2, o.code());
        assertEquals("command line --set care.fosterShare=2: field 'care.fosterShare': expected a probability between 0 and 1, got 2",
                o.err().strip());
        Outcome years = cpsim("run", scenario("small.yaml"), "--years", "0", "--out", "results");
        assertEquals(2, years.code());
        assertTrue(years.err().contains("field 'calendar.reportingYears'"), years.err());
        assertFalse(Files.exists(dir.resolve("results")));
    }

    @Test
    void anOutputFolderWithContentIsRefused() throws IOException {
        Files.createDirectories(dir.resolve("taken"));
        Files.writeString(dir.resolve("taken/keep.txt"), "earlier results");
        Outcome o = cpsim("run", scenario("small.yaml"), "--out", "taken");
        assertEquals(2, o.code());
        assertEquals(1, o.err().lines().count(), o.err());
        assertTrue(o.err().contains("already exists and is not empty"), o.err());
        assertEquals(0, calls.get());
        assertEquals(List.of(dir.resolve("taken/keep.txt")), Files.list(dir.resolve("taken")).toList());
    }

    @Test
    void anEmptyOutputFolderIsUsed() throws IOException {
        Files.createDirectories(dir.resolve("empty"));
        Outcome o = cpsim("run", scenario("small.yaml"), "--replications", "2", "--out", "empty");
        assertEquals(0, o.code(), o.err());
        assertTrue(Files.exists(dir.resolve("empty/metrics.csv")));
    }

    @Test
    void aFailingModelIsAnInternalErrorWithAStackTraceAndLeavesNothing() throws IOException {
        ReplicationExecutor broken = (scenario, seed, replications, threads, onDone) -> {
            throw new IllegalStateException("bug in the model");
        };
        Outcome o = cpsim(broken, "run", scenario("small.yaml"), "--out", "results");
        assertEquals(1, o.code());
        assertTrue(o.err().contains("java.lang.IllegalStateException: bug in the model"), o.err());
        assertTrue(o.err().contains("\tat "), "a bug keeps its stack trace");
        assertFalse(Files.exists(dir.resolve("results")));
        assertNoPartialFolders();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--replications=abc", "--replications=0", "--threads=0", "--bogus"})
    void badArgumentsExitTwoWithAUsageHint(String arg) {
        Outcome o = cpsim("run", scenario("small.yaml"), arg, "--out", "results");
        assertEquals(2, o.code(), o.err());
        assertTrue(o.err().contains("Try 'cpsim run --help'"), o.err());
        assertFalse(o.err().contains("\tat "), o.err());
        assertFalse(Files.exists(dir.resolve("results")));
    }

    @Test
    void missingArgumentsExitTwo() {
        assertEquals(2, cpsim("run").code());
        assertEquals(2, cpsim().code());
        assertEquals(2, cpsim("frobnicate").code());
    }

    // ---- validate

    @Test
    void validatePrintsEveryValueWithItsSourceAndTheTimeline() {
        Outcome o = cpsim("validate", scenario("small.yaml"), "--set", "care.hoursPerWeek=3");
        assertEquals(0, o.code(), o.err());
        String places = o.out().lines().filter(l -> l.startsWith("earlyHelp.placesPer10kChildren = 45.0")).findFirst().orElseThrow();
        assertTrue(places.contains("assumption") && places.contains("typical pre-2010 offer") && places.contains("small.yaml:95"), places);
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("care.hoursPerWeek = 3.0") && l.contains("command_line")), o.out());
        assertTrue(o.out().contains("timeline:"), o.out());
        assertTrue(o.out().contains("2013-04-01  Working Together 2013"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("    assessment.regime = local_framework")), o.out());
        assertEquals("", o.err());
    }

    @Test
    void validateRejectsABadScenarioInOneLine() {
        Outcome o = cpsim("validate", scenario("bad/bad-enum.yaml"));
        assertEquals(2, o.code());
        assertEquals(scenario("bad/bad-enum.yaml") + ":3: field 'assessment.regime': expected one of prescribed, local_framework, got Local-Framework",
                o.err().strip());
        assertEquals(2, cpsim("validate", dir.resolve("missing.yaml").toString()).code());
    }

    // ---- metrics

    @Test
    void metricsListsEveryIndicator() {
        Outcome o = cpsim("metrics");
        assertEquals(0, o.code());
        for (Indicator i : Indicator.values()) {
            assertTrue(o.out().lines().anyMatch(l -> l.startsWith(i.id() + " ") && l.contains(i.definition())), i.id());
        }
        Outcome csv = cpsim("metrics", "--csv");
        assertEquals(0, csv.code());
        List<String> lines = csv.out().lines().toList();
        assertEquals("id,unit,definition,national_statistic", lines.get(0));
        assertEquals(1 + Indicator.values().length, lines.size());
        assertTrue(lines.contains("referral_rate_per_10k,\"per 10,000 children\",\"Referrals in the period per 10,000 children\","
                + "referral_rate_per_10k (CIN census)"), csv.out());
    }

    // ---- help and version

    @ParameterizedTest
    @ValueSource(strings = {"run", "validate", "metrics", "compare", "sweep", "sensitivity"})
    void everyVerbHasHelpWithExamples(String verb) {
        Outcome o = cpsim(verb, "--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("Usage: cpsim " + verb), o.out());
        assertTrue(o.out().contains("Examples:"), o.out());
        assertTrue(o.out().contains("cpsim " + verb + " "), o.out());
    }

    @Test
    void noVerbListsEveryVerbWithItsOneLine() {
        Outcome o = cpsim();
        assertEquals(Cpsim.USER_ERROR, o.code());
        List<String> lines = o.err().lines().toList();
        for (var verb : Cpsim.commandLine().getSubcommands().entrySet()) {
            if (verb.getKey().equals("help")) continue;
            String[] header = verb.getValue().getCommandSpec().usageMessage().header();
            assertEquals(1, header.length, verb.getKey() + " has a one-line header, the line shown for it");
            assertTrue(header[0].length() <= 64, verb.getKey() + ": the header fits the verb list's line: " + header[0]);
            assertTrue(lines.stream().anyMatch(l -> l.matches("\\s+" + verb.getKey() + "\\s+" + java.util.regex.Pattern.quote(header[0]))),
                    verb.getKey() + " listed with its header: " + o.err());
        }
        assertTrue(Cpsim.commandLine().getSubcommands().size() >= 14, "13 verbs and help");
    }

    @Test
    void versionNamesTheBuild() {
        Outcome o = cpsim("--version");
        assertEquals(0, o.code());
        assertTrue(o.out().matches("(?s)cpsim \\d+\\.\\d+\\.\\d+.*"), o.out());
    }

    private void assertNoPartialFolders() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().contains(".partial-")), "no staging folder is left behind");
        }
    }
}
