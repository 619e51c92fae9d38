package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/** The option blocks the verbs share come from one mixin each: the same names and help, and each verb's own default. */
class SharedOptionsTest {
    private static final CommandLine CPSIM = Cpsim.commandLine();

    private static OptionSpec option(String verb, String name) {
        OptionSpec o = CPSIM.getSubcommands().get(verb).getCommandSpec().findOption(name);
        assertNotNull(o, verb + " " + name);
        return o;
    }

    @Test
    void everyVerbThatRunsTheModelHasTheSameThreadsOption() {
        List<String> verbs = List.of("run", "compare", "fit", "replay", "calibrate", "sweep", "sensitivity", "verify");
        String help = String.join(" ", option("run", "--threads").description());
        for (String verb : verbs) assertEquals(help, String.join(" ", option(verb, "--threads").description()), verb);
    }

    @Test
    void replicationDefaultsAreEachVerbsOwn() {
        Map<String, String> defaults = Map.of("run", "10", "compare", "20", "fit", "20", "replay", "20", "verify", "20");
        defaults.forEach((verb, expected) -> {
            assertEquals(expected, option(verb, "--replications").defaultValueString(), verb);
            assertEquals("1", option(verb, "--seed").defaultValueString(), verb);
        });
    }

    @Test
    void theSameOutFolderOptionForTheVerbsThatResume() {
        String help = String.join(" ", option("sweep", "--out").description());
        for (String verb : List.of("sensitivity", "calibrate")) assertEquals(help, String.join(" ", option(verb, "--out").description()), verb);
        assertEquals("local", option("sensitivity", "--executor").defaultValueString());
    }
}
