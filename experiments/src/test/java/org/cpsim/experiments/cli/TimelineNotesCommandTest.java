package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** validate and the first lines of run and compare say which dated values a --set meets (issue 16). */
class TimelineNotesCommandTest {
    @TempDir
    Path dir;

    private InProcessCli.Outcome cpsim(String... args) { return InProcessCli.run(InProcessCli.FAKE, dir, args); }

    @Test
    void validateSaysWhichDatedValuesASetMovesAndHow() {
        InProcessCli.Outcome o = cpsim("validate", CpsimTest.scenario("small.yaml"), "--set", "earlyHelp.placesPer10kChildren=90");
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("earlyHelp.placesPer10kChildren=90 is 2 x the scenario's 45"), o.out());
        assertTrue(o.out().contains("2013-04-01 60 -> 120"), o.out());
    }

    @Test
    void runAndCompareSayItFirstOnStderrAndKeepStdoutForResults() throws Exception {
        InProcessCli.Outcome run = cpsim("run", CpsimTest.scenario("small.yaml"), "--replications", "2", "--out", "r",
                "--set", "earlyHelp.placesPer10kChildren=90");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().startsWith("command line --set earlyHelp.placesPer10kChildren=90 is 2 x"), run.err());
        assertTrue(run.out().startsWith(dir.resolve("r").toString()), run.out());

        Path variant = dir.resolve("variant.yaml");
        Files.writeString(variant, "extends: " + CpsimTest.scenario("small.yaml") + "\nname: variant  # assumption: label\n");
        InProcessCli.Outcome compare = cpsim("compare", CpsimTest.scenario("small.yaml"), variant.toString(),
                "--replications", "2", "--out", "c", "--set", "earlyHelp.placesPer10kChildren=90");
        assertEquals(0, compare.code(), compare.err());
        assertTrue(compare.err().contains("2013-04-01 60 -> 120"), compare.err());
    }

    @Test
    void aSetTheTimelineWouldOverrideAndCannotMoveIsAOneLineUserError() {
        InProcessCli.Outcome o = cpsim("run", CpsimTest.scenario("small.yaml"), "--out", "r", "--set", "assessment.regime=prescribed");
        assertEquals(Cpsim.USER_ERROR, o.code());
        assertEquals(1, o.err().strip().lines().count(), o.err());
        assertTrue(o.err().contains("2013-04-01 (assessment.regime = local_framework"), o.err());
        assertFalse(Files.exists(dir.resolve("r")), "nothing written");
    }

    @Test
    void validateWarnsOfAVariantValueTheInheritedTimelineReplaces() throws Exception {
        Path variant = dir.resolve("more-help.yaml");
        Files.writeString(variant, """
                extends: %s
                name: more-help  # assumption: label
                earlyHelp:
                  placesPer10kChildren: 90  # assumption: twice the places
                """.formatted(CpsimTest.scenario("small.yaml")));
        InProcessCli.Outcome o = cpsim("validate", variant.toString());
        assertEquals(0, o.code(), o.err());
        assertTrue(o.out().contains("warning: " + variant + ":4 sets earlyHelp.placesPer10kChildren, which the timeline it inherits changes at 2013-04-01"),
                o.out());
        // Restating the date in the variant's own timeline keeps its value, and the warning goes.
        Files.writeString(variant, Files.readString(variant) + """
                timeline:
                  - date: 2013-04-01  # assumption: the variant keeps its places
                    description: the framework without the expansion
                    set:
                      assessment.regime: local_framework
                """);
        InProcessCli.Outcome restated = cpsim("validate", variant.toString());
        assertEquals(0, restated.code(), restated.err());
        assertFalse(restated.out().contains("warning:"), restated.out());
    }
}
