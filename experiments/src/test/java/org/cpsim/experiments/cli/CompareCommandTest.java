package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.experiments.runner.ReplicationRunner;
import org.cpsim.model.metrics.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

class CompareCommandTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}

    static final ReplicationExecutor FAKE = (scenario, seed, replications, threads, onDone) -> FakeResults.results(scenario, seed, replications);

    Outcome cpsim(ReplicationExecutor executor, String... args) {
        CommandLine cl = Cpsim.commandLine(executor, dir);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Outcome(cl.execute(args), out.toString(), err.toString());
    }

    /** The test scenario with more early help from the start, under another name. */
    Path variant() throws IOException {
        Path f = dir.resolve("variant.yaml");
        Files.writeString(f, """
                extends: %s
                name: more-early-help
                earlyHelp:
                  placesPer10kChildren: 120  # assumption: a test variant
                """.formatted(CpsimTest.scenario("small.yaml")));
        return f;
    }

    @Test
    void writesEveryFileWithTheComparisonHeaderAndARowPerVariantPeriodAndIndicator() throws IOException {
        Outcome o = cpsim(FAKE, "compare", CpsimTest.scenario("small.yaml"), variant().toString(), "--replications", "4", "--out", "cmp");
        assertEquals(0, o.code(), o.err());
        Path folder = dir.resolve("cmp");
        List<String> rows = Files.readAllLines(folder.resolve("comparison.csv"));
        assertEquals("indicator,period,baseline,variant,baseline_mean,variant_mean,diff_mean,diff_ci_low,diff_ci_high,n", rows.get(0));
        assertEquals(1 + FakeResults.PERIODS.size() * Indicator.values().length, rows.size());
        // The fake gives both scenarios the same values: every difference is exactly zero.
        assertEquals("children,2011M04,small,more-early-help,2.5,2.5,0,0,0,4", rows.get(1));
        assertTrue(rows.contains("single_assessment_median_wd,2012-13,small,more-early-help,,,,,,0"), "no pairs: empty, n = 0");

        List<String> metrics = Files.readAllLines(folder.resolve("metrics.csv"));
        assertEquals("scenario,replication,period,indicator,value", metrics.get(0));
        assertEquals(1 + 2 * 4 * FakeResults.PERIODS.size() * Indicator.values().length, metrics.size());
        assertEquals(1, metrics.stream().filter(l -> l.startsWith("scenario,")).count(), "one header for all scenarios");
        assertTrue(metrics.get(metrics.size() - 1).startsWith("more-early-help,3,2012-13,"));
        List<String> summary = Files.readAllLines(folder.resolve("summary.csv"));
        assertEquals(1 + 2 * FakeResults.PERIODS.size() * Indicator.values().length, summary.size());

        List<String> pairing = Files.readAllLines(folder.resolve("pairing.csv"));
        assertEquals("indicator,period,baseline,variant,paired_half_width,unpaired_half_width,narrowing", pairing.get(0));
        assertEquals(1 + CompareCommand.HEADLINE.size(), pairing.size());
        assertTrue(pairing.get(1).startsWith("referral_rate_per_10k,2012-13,small,more-early-help,0,"), pairing.get(1));

        JsonNode manifest = new ObjectMapper().readTree(folder.resolve("manifest.json").toFile());
        assertEquals("small", manifest.get("baseline").asText());
        assertEquals(2, manifest.get("scenarios").size());
        assertEquals(variant().toString(), manifest.get("scenarios").get(1).get("path").asText());
        assertEquals(64, manifest.get("scenarios").get(1).get("sha256").asText().length());
        assertEquals(1, manifest.get("seed").asLong());
        assertEquals(4, manifest.get("replications").asInt());
        assertEquals("compare", manifest.get("commandLine").get(1).asText());
        assertEquals(CompareCommand.HEADLINE.size(), manifest.get("pairingGain").size());

        assertTrue(o.out().contains("more-early-help - small, 2012-13, 4 paired replications"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("cost_total_gbp")), o.out());
    }

    /**
     * On the real model, the same seed gives both scenarios the same families and events until the
     * policy acts, so paired differences are far less noisy than independent samples would be.
     */
    @Test
    void pairingNarrowsTheIntervalOnTheRealModel() throws IOException {
        ReplicationExecutor real = ReplicationRunner::run;
        Outcome o = cpsim(real, "compare", CpsimTest.scenario("small.yaml"), variant().toString(), "--replications", "8", "--threads", "2",
                "--set", "population.children=5000", "--out", "real");
        assertEquals(0, o.code(), o.err());
        List<String[]> rows = Files.readAllLines(dir.resolve("real/comparison.csv")).stream().skip(1).map(l -> l.split(",", -1)).toList();
        String[] children = rows.stream().filter(r -> r[0].equals("children") && r[1].equals("2011-12")).findFirst().orElseThrow();
        assertEquals("0", children[6], "births and ageing share their random numbers: no difference at all");
        assertEquals("0", children[7]);
        List<String[]> pairing = Files.readAllLines(dir.resolve("real/pairing.csv")).stream().skip(1).map(l -> l.split(",", -1)).toList();
        String[] referrals = pairing.stream().filter(r -> r[0].equals("referral_rate_per_10k")).findFirst().orElseThrow();
        double paired = Double.parseDouble(referrals[4]), unpaired = Double.parseDouble(referrals[5]);
        assertTrue(paired < unpaired, "paired +/-" + paired + " vs unpaired +/-" + unpaired);
    }

    @Test
    void userErrorsExitTwoBeforeAnythingRuns() throws IOException {
        Outcome sameName = cpsim(FAKE, "compare", CpsimTest.scenario("small.yaml"), CpsimTest.scenario("small.yaml"), "--out", "x");
        assertEquals(2, sameName.code());
        assertTrue(sameName.err().contains("two scenarios are named 'small'"), sameName.err());
        Outcome one = cpsim(FAKE, "compare", CpsimTest.scenario("small.yaml"));
        assertEquals(2, one.code());
        Outcome reps = cpsim(FAKE, "compare", CpsimTest.scenario("small.yaml"), variant().toString(), "--replications", "1");
        assertEquals(2, reps.code());
        assertTrue(reps.err().contains("--replications must be at least 2"), reps.err());
        Path longer = dir.resolve("longer.yaml");
        Files.writeString(longer, "extends: %s\nname: longer\ncalendar:\n  reportingYears: 3  # assumption: a test\n".formatted(CpsimTest.scenario("small.yaml")));
        Outcome periods = cpsim(FAKE, "compare", CpsimTest.scenario("small.yaml"), longer.toString());
        assertEquals(2, periods.code());
        assertTrue(periods.err().contains("paired comparison needs the same reporting periods"), periods.err());
        assertEquals(1, periods.err().lines().count());
        Outcome bad = cpsim(FAKE, "compare", CpsimTest.scenario("small.yaml"), variant().toString(), "--set", "care.fosterShare=2");
        assertEquals(2, bad.code());
        assertFalse(Files.exists(dir.resolve("output")), "nothing written");
    }
}
