package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** compare and chart report the year the options differ in, or the one asked for with --year, and say which (issue 16). */
class ComparisonYearTest {
    @TempDir
    Path dir;

    private InProcessCli.Outcome cpsim(String... args) { return InProcessCli.run(InProcessCli.FAKE, dir, args); }

    /** A variant whose early help differs in 2011-12 only: from April 2012 it is the test scenario's again. */
    Path oneYearVariant() throws Exception {
        Path f = dir.resolve("one-year.yaml");
        Files.writeString(f, """
                extends: %s
                name: one-year
                earlyHelp:
                  maxWaitWeeks: 6  # assumption: a test variant
                timeline:
                  - date: 2012-04-01  # assumption: back to the scenario's wait
                    description: the extra capacity ends
                    set:
                      earlyHelp.maxWaitWeeks: 12
                """.formatted(CpsimTest.scenario("small.yaml")));
        return f;
    }

    @Test
    void compareDefaultsToTheLastYearThePoliciesDifferAndSaysWhy() throws Exception {
        InProcessCli.Outcome o = cpsim("compare", CpsimTest.scenario("small.yaml"), oneYearVariant().toString(), "--replications", "2", "--out", "c");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("year 2011-12: the last whole year the options' policies differ; from 2012-04-01 they are the same"), o.out());
        assertTrue(o.out().contains("one-year - small, 2011-12"), o.out());
        o.out().lines().forEach(l -> assertTrue(l.length() <= TerminalTable.WIDTH, "wider than a terminal: " + l));
        assertTrue(Files.exists(dir.resolve("c/charts/differences-2011-12.png")));
        assertTrue(Files.readString(dir.resolve("c/pairing.csv")).contains("2011-12"));

        // chart of that folder makes the same choice, says so on stderr, and --year overrides it.
        InProcessCli.Outcome chart = cpsim("chart", dir.resolve("c").toString(), "--out", dir.resolve("charts").toString());
        assertEquals(0, chart.code(), chart.err());
        assertTrue(chart.err().startsWith("differences for 2011-12: the last whole year"), chart.err());
        assertTrue(Files.exists(dir.resolve("charts/differences-2011-12.svg")));
        InProcessCli.Outcome later = cpsim("chart", dir.resolve("c").toString(), "--out", dir.resolve("later").toString(), "--year", "2012-13");
        assertEquals(0, later.code(), later.err());
        assertTrue(Files.exists(dir.resolve("later/differences-2012-13.svg")));
        InProcessCli.Outcome missing = cpsim("chart", dir.resolve("c").toString(), "--out", dir.resolve("none").toString(), "--year", "2030-31");
        assertEquals(Cpsim.USER_ERROR, missing.code());
        assertTrue(missing.err().contains("no year 2030-31"), missing.err());
    }

    @Test
    void compareYearChoosesTheTableYearAndAYearNotReportedIsAUserError() throws Exception {
        InProcessCli.Outcome o = cpsim("compare", CpsimTest.scenario("small.yaml"), oneYearVariant().toString(), "--replications", "2", "--out", "c",
                "--year", "2012-13");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("year 2012-13: as asked (--year)"), o.out());
        assertTrue(Files.exists(dir.resolve("c/charts/differences-2012-13.png")));

        InProcessCli.Outcome bad = cpsim("compare", CpsimTest.scenario("small.yaml"), oneYearVariant().toString(), "--out", "d", "--year", "2018-19");
        assertEquals(Cpsim.USER_ERROR, bad.code());
        assertTrue(bad.err().startsWith("--year 2018-19 is not a year the scenarios report (2011-12 to 2012-13)"), bad.err());
        assertFalse(Files.exists(dir.resolve("d")));
    }
}
