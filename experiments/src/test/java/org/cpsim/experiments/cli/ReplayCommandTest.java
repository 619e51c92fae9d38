package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.replay.ReplayHeadline;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.experiments.runner.ReplicationRunner;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code cpsim replay} on the project's trial scenarios: the files it writes, the pairing it rests on, and its refusals. */
class ReplayCommandTest {
    static final String HEADER = "indicator,period,baseline,variant,baseline_mean,variant_mean,diff_mean,diff_ci_low,diff_ci_high,n";

    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}

    /** The scenarios the fake was asked to run, in order. */
    final List<Scenario> ran = Collections.synchronizedList(new ArrayList<>());
    final ReplicationExecutor fake = (scenario, seed, replications, threads, onDone) -> {
        ran.add(scenario);
        return FakeResults.results(scenario, seed, replications);
    };

    Outcome cpsim(ReplicationExecutor executor, String... args) {
        CommandLine cl = Cpsim.commandLine(executor, dir);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Outcome(cl.execute(args), out.toString(), err.toString());
    }

    @Test
    void writesAFolderPerAuthorityThePoolAHeadlineAndAManifest() throws IOException {
        Outcome o = cpsim(fake, "replay", "cumbria", "Kensington and Chelsea", "--replications", "2", "--out", "r");
        assertEquals(0, o.code(), o.err());
        Path r = dir.resolve("r");
        for (String folder : List.of("cumbria", "kensington-and-chelsea", "pooled")) {
            for (String file : List.of("comparison.csv", "pairing.csv", "metrics.csv", "summary.csv", "manifest.json")) {
                assertTrue(Files.isRegularFile(r.resolve(folder).resolve(file)), folder + "/" + file);
            }
            assertEquals(HEADER, Files.readAllLines(r.resolve(folder).resolve("comparison.csv")).get(0));
            assertTrue(Files.isDirectory(r.resolve(folder).resolve("charts")), folder + "/charts");
        }
        List<String> cumbria = Files.readAllLines(r.resolve("cumbria/comparison.csv"));
        assertEquals(1 + FakeResults.PERIODS.size() * Indicator.values().length, cumbria.size());
        assertTrue(cumbria.get(1).startsWith("children,2011M04,cumbria-counterfactual,cumbria,"), "baseline = counterfactual, variant = trial: " + cumbria.get(1));
        List<String> pooled = Files.readAllLines(r.resolve("pooled/comparison.csv"));
        assertEquals(cumbria.size(), pooled.size());
        assertTrue(pooled.get(1).startsWith("children,2011M04,pooled-counterfactual,pooled-trial,"), pooled.get(1));
        assertEquals("scenario,replication,period,indicator,value", Files.readAllLines(r.resolve("pooled/metrics.csv")).get(0));

        // The headline: 6 indicators x the two trial years, for each authority and the pool.
        List<String> headline = Files.readAllLines(r.resolve("headline.csv"));
        assertEquals("authority," + HEADER, headline.get(0));
        assertEquals(1 + 3 * ReplayHeadline.INDICATORS.size() * 2, headline.size());
        // The fake gives both arms the same values (seed + replication + 10 x period + ordinal / 100): no difference at all.
        String harm = org.cpsim.experiments.output.Csv.number(1 + 0.5 + 20 + Indicator.HARM_DAYS_PER_10K.ordinal() / 100.0);
        assertTrue(headline.contains("pooled,harm_days_per_10k,2012-13,pooled-counterfactual,pooled-trial," + harm + "," + harm + ",0,0,0,2"),
                String.join("\n", headline));
        assertTrue(headline.stream().anyMatch(l -> l.startsWith("kensington-and-chelsea,sw_turnover_rate_fte_pct,2011-12,")));

        JsonNode manifest = new ObjectMapper().readTree(r.resolve("manifest.json").toFile());
        assertEquals(2, manifest.get("authorities").size());
        assertEquals("2011-09-01", manifest.get("authorities").get(1).get("trialStart").asText());
        assertEquals(97_900.0 / (97_900 + 30_100), manifest.get("authorities").get(0).get("weight").asDouble(), 1e-12);
        assertEquals(64, manifest.get("authorities").get(0).get("trial").get("sha256").asText().length());
        assertTrue(manifest.get("pooled").get("definition").asText().startsWith("child-weighted mean"));
        assertEquals("replay", manifest.get("commandLine").get(1).asText());
        JsonNode pooledManifest = new ObjectMapper().readTree(r.resolve("pooled/manifest.json").toFile());
        assertEquals("pooled-counterfactual", pooledManifest.get("baseline").asText());
        // Each pooled arm reads as a scenario: its members' shared values and sources, shared policy dates, a hash.
        JsonNode pooledTrial = pooledManifest.get("scenarios").get(1);
        assertEquals("pooled-trial", pooledTrial.get("name").asText());
        assertEquals(64, pooledTrial.get("sha256").asText().length());
        assertTrue(!pooledTrial.get("sha256").asText().equals(pooledManifest.get("scenarios").get(0).get("sha256").asText()), "the arms differ");
        String children = null, coreDeadline = null;
        for (JsonNode v : pooledTrial.get("resolvedScenario")) {
            if (v.get("path").asText().equals("population.children")) children = v.get("value").asText();
            if (v.get("path").asText().equals("assessment.prescribed.coreDeadlineWorkingDays")) coreDeadline = v.get("value").asText();
        }
        assertEquals("varies by authority: 97900, 30100", children);
        assertEquals("35", coreDeadline, "a value the authorities share is theirs");
        List<String> dates = new ArrayList<>();
        for (JsonNode t : pooledTrial.get("timeline")) dates.add(t.get("date").asText());
        assertTrue(dates.contains("2013-04-01") && !dates.contains("2011-03-01") && !dates.contains("2011-09-01"),
                "the national change is shared, each wave's trial date is not: " + dates);

        // So the brief of the pool rates its evidence and names its inputs.
        Outcome brief = cpsim(fake, "brief", r.resolve("pooled").toString(), "--year", "2012-13");
        assertEquals(0, brief.code(), brief.err());
        String html = Files.readString(r.resolve("pooled/brief.html"));
        assertFalse(html.contains("the manifest lists no parameter sources"), "evidence rated");
        assertTrue(html.contains(pooledTrial.get("sha256").asText()), "the pooled arm's hash in the quality-assurance record");

        assertEquals(4, ran.size(), "two authorities, counterfactual then trial");
        assertEquals(List.of("cumbria-counterfactual", "cumbria", "kensington-and-chelsea-counterfactual", "kensington-and-chelsea"),
                ran.stream().map(Scenario::name).toList());
        assertEquals(4, ran.get(0).initial().calendar().reportingYears(), "by default to the end of 2012-13, the last trial year");
        assertTrue(o.out().contains("Pooled: 2 authorities, 128,000 children"), o.out());
        assertTrue(o.out().contains("kensington-and-chelsea (trial from 2011-09-01, 30,100 children)"), o.out());
        assertTrue(o.out().lines().anyMatch(l -> l.startsWith("single_assessment_median_wd")), o.out());
    }

    /**
     * On the real model, trial and counterfactual share their random numbers: every month before the
     * first wave's exemption (March 2011) is identical, and the trial changes things after it.
     */
    @Test
    void trialAndCounterfactualAreIdenticalUntilTheTrialBegins() throws IOException {
        Outcome o = cpsim(ReplicationRunner::run, "replay", "westminster", "--replications", "2", "--years", "3", "--threads", "2", "--no-charts", "--out", "real");
        assertEquals(0, o.code(), o.err());
        List<String> rows = Files.readAllLines(dir.resolve("real/westminster/comparison.csv"));
        int indicators = Indicator.values().length;
        int monthsBeforeTrial = 23; // April 2009 to February 2011
        assertEquals(1 + (36 + 3) * indicators, rows.size());
        for (int k = 1; k <= monthsBeforeTrial * indicators; k++) {
            String[] f = rows.get(k).split(",", -1);
            // Zero, or empty where there is nothing to measure (no pairs; no interval from a single pair).
            for (int c = 6; c <= 8; c++) assertTrue(f[c].equals("0") || f[c].isEmpty(), "before the trial: " + rows.get(k));
        }
        long changedAfter = rows.stream().skip(1 + 36 * indicators)
                .filter(l -> l.split(",", -1)[1].equals("2011-12")).filter(l -> !l.split(",", -1)[6].equals("0")).count();
        assertTrue(changedAfter > 0, "the trial year differs");
    }

    @Test
    void unknownAuthoritiesAndBadArgumentsExitTwoBeforeAnythingRuns() {
        Outcome unknown = cpsim(fake, "replay", "cumbria", "narnia", "--out", "x");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown trial authority 'narnia'"), unknown.err());
        assertTrue(unknown.err().contains("valid: cumbria, hackney, hammersmith-and-fulham, islington, kensington-and-chelsea, knowsley, wandsworth, westminster"),
                unknown.err());
        Outcome gateshead = cpsim(fake, "replay", "Gateshead");
        assertEquals(2, gateshead.code());
        assertTrue(gateshead.err().contains("no counterfactual"), gateshead.err());
        assertEquals(2, cpsim(fake, "replay").code());
        assertEquals(2, cpsim(fake, "replay", "--all", "cumbria").code());
        assertEquals(2, cpsim(fake, "replay", "cumbria", "--replications", "1").code());
        Outcome empty = cpsim(fake, "replay", "--all", "--scenarios", "nowhere");
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("no trial scenarios in"), empty.err());
        assertTrue(ran.isEmpty(), "nothing ran");
        assertFalse(Files.exists(dir.resolve("x")) || Files.exists(dir.resolve("output")), "nothing written");
    }

    @Test
    void allRunsEveryTrialAuthorityOnce() {
        Outcome o = cpsim(fake, "replay", "--all", "--replications", "2", "--years", "2", "--no-charts", "--out", "all");
        assertEquals(0, o.code(), o.err());
        assertEquals(16, ran.size());
        assertEquals(2, ran.get(0).initial().calendar().reportingYears());
        assertTrue(o.out().contains("Pooled: 8 authorities, 364,100 children"), o.out());
        assertFalse(Files.exists(dir.resolve("all/pooled/charts")), "--no-charts");
    }

    /** --set changes both arms of every pair alike (so they stay a pair), and a bad one stops everything before a run. */
    @Test
    void setOverridesEveryAuthorityAndCounterfactualAlike() {
        Outcome o = cpsim(fake, "replay", "cumbria", "wandsworth", "--set", "assessment.accuracy.uninformedSd=1.0",
                "--replications", "2", "--no-charts", "--out", "set");
        assertEquals(0, o.code(), o.err());
        assertEquals(4, ran.size());
        for (Scenario s : ran) assertEquals(1.0, s.initial().assessment().accuracy().uninformedSd(), s.name());
        assertEquals(4, ran.get(0).initial().calendar().reportingYears(), "the default horizon still applies");

        ran.clear();
        Outcome bad = cpsim(fake, "replay", "cumbria", "--set", "assessment.accuracy.uninformedSd=-1", "--out", "bad");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("assessment.accuracy.uninformedSd"), bad.err());
        assertTrue(ran.isEmpty(), "nothing ran");
        assertFalse(Files.exists(dir.resolve("bad")), "nothing written");
    }

    @Test
    void helpShowsExamples() {
        Outcome o = cpsim(fake, "replay", "--help");
        assertEquals(0, o.code());
        assertTrue(o.out().contains("Usage: cpsim replay") && o.out().contains("Examples:") && o.out().contains("cpsim replay --all"), o.out());
    }
}
