package org.cpsim.experiments.cli;

import java.nio.file.Path;
import java.util.List;

import org.cpsim.experiments.io.Assignment;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** The scenario file and {@code --set} values, shared by every verb that loads one scenario. */
final class ScenarioArguments {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path file;

    @Mixin
    private SetOption set;

    List<Assignment> assignments() {
        return set.assignments();
    }
}
