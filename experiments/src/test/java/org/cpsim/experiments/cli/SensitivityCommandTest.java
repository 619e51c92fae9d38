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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** {@code cpsim sensitivity} on the real model, small: its outputs, determinism, resuming and user errors. */
class SensitivityCommandTest {
    @TempDir
    Path dir;

    record Outcome(int code, String out, String err) {}

    Outcome cpsim(String... args) {
        CommandLine cl = Cpsim.commandLine(null, dir);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return new Outcome(cl.execute(args), out.toString(), err.toString());
    }

    static String sweep() { return CpsimTest.scenario("../sweeps/small-uncertainty.yaml"); }

    @Test
    void morrisRanksEveryUncertaintyForEveryOutcome() throws IOException {
        Outcome o = cpsim("sensitivity", sweep(), "--method", "morris", "--trajectories", "4", "--threads", "2", "--out", "morris");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.err().contains("held at the scenario's value: earlyHelp.placesPer10kChildren"), o.err());
        List<String> rows = Files.readAllLines(dir.resolve("morris/sensitivity.csv"));
        assertEquals("outcome,parameter,method,index,value,ci_low,ci_high,rank", rows.get(0));
        assertEquals(1 + 2 * 2 * 3, rows.size(), "2 outcomes x 2 uncertainties x (mu_star, mu, sigma)");
        List<String[]> muStar = rows.stream().skip(1).map(l -> l.split(",", -1)).filter(r -> r[3].equals("mu_star")).toList();
        assertEquals(4, muStar.size());
        for (String[] r : muStar) {
            assertTrue(r[7].equals("1") || r[7].equals("2"), String.join(",", r));
            assertTrue(Double.parseDouble(r[5]) <= Double.parseDouble(r[4]) && Double.parseDouble(r[4]) <= Double.parseDouble(r[6]), "the estimate lies in its interval");
        }
        // Funded posts per child drive caseloads far more than turnover does, at any sample size.
        String[] caseloadPosts = muStar.stream().filter(r -> r[0].equals("sw_caseload_per_case_holder") && r[1].equals("workforce.fundedPostsPer10kChildren")).findFirst().orElseThrow();
        assertEquals("1", caseloadPosts[7]);
        assertEquals(1 + 4 * 3 * 2, Files.readAllLines(dir.resolve("morris/runs.csv")).size(), "4 trajectories x 3 points x 2 replications");
        JsonNode manifest = new ObjectMapper().readTree(dir.resolve("morris/manifest.json").toFile());
        assertEquals("morris", manifest.get("analysis").get("method").asText());
        assertEquals("morris trajectories=4 levels=4 bootstrap=1000", manifest.get("design").asText());
        assertFalse(manifest.get("parameters").get(0).get("varied").asBoolean());
        assertTrue(o.out().contains("sw_caseload_per_case_holder, ranked by mu_star"), o.out());

        Outcome again = cpsim("sensitivity", sweep(), "--method", "morris", "--trajectories", "4", "--out", "morris");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("already complete"), again.out());
        Outcome other = cpsim("sensitivity", sweep(), "--method", "morris", "--trajectories", "5", "--out", "morris");
        assertEquals(2, other.code());
        assertTrue(other.err().contains("holds the results of a different sweep (design morris trajectories=4"), other.err());
    }

    @Test
    void sobolIsTheSameOnOneAndTwoThreads() throws IOException {
        Outcome one = cpsim("sensitivity", sweep(), "--method", "sobol", "--samples", "8", "--threads", "1", "--out", "one");
        assertEquals(0, one.code(), one.err());
        Outcome two = cpsim("sensitivity", sweep(), "--method", "sobol", "--samples", "8", "--threads", "2", "--out", "two");
        assertEquals(0, two.code(), two.err());
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/sensitivity.csv")), Files.readAllBytes(dir.resolve("two/sensitivity.csv")));
        assertArrayEquals(Files.readAllBytes(dir.resolve("one/runs.csv")), Files.readAllBytes(dir.resolve("two/runs.csv")));
        List<String> rows = Files.readAllLines(dir.resolve("one/sensitivity.csv"));
        assertEquals(1 + 2 * 2 * 2, rows.size(), "2 outcomes x 2 uncertainties x (S1, ST)");
        assertEquals(1 + 8 * (2 + 2) * 2, Files.readAllLines(dir.resolve("one/runs.csv")).size(), "N (k + 2) points x 2 replications");
        assertTrue(one.out().contains("ranked by ST"), one.out());
    }

    @Test
    void userErrorsExitTwo() throws IOException {
        assertEquals(2, cpsim("sensitivity", sweep(), "--method", "fast").code());
        assertEquals(2, cpsim("sensitivity", sweep()).code(), "--method is required");
        Outcome mixed = cpsim("sensitivity", sweep(), "--method", "morris", "--samples", "8");
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("--samples is for --method sobol"), mixed.err());
        assertEquals(2, cpsim("sensitivity", sweep(), "--method", "morris", "--levels", "3").code());

        Path levers = dir.resolve("levers.yaml");
        Files.writeString(levers, Files.readString(Path.of(sweep())).replace("kind: uncertainty", "kind: lever")
                .replace("../scenarios/small.yaml", CpsimTest.scenario("small.yaml")));
        Outcome none = cpsim("sensitivity", levers.toString(), "--method", "morris");
        assertEquals(2, none.code());
        assertTrue(none.err().contains("no parameter of kind uncertainty to analyse"), none.err());

        Path listed = dir.resolve("listed.yaml");
        Files.writeString(listed, Files.readString(Path.of(sweep())).replace("min: 0.08\n    max: 0.18", "values: [0.08, 0.18]")
                .replace("../scenarios/small.yaml", CpsimTest.scenario("small.yaml")));
        Outcome values = cpsim("sensitivity", listed.toString(), "--method", "sobol");
        assertEquals(2, values.code());
        assertEquals(listed + ":12: field 'parameters[1]': expected min and max for an uncertainty (a sensitivity analysis samples ranges), got a list of values",
                values.err().strip());
        assertFalse(Files.exists(dir.resolve("output")));
    }
}
