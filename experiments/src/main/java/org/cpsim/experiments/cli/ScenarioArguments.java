package org.cpsim.experiments.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.io.Assignment;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The scenario file and {@code --set} values, shared by every verb that loads a scenario. */
final class ScenarioArguments {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario YAML file.")
    Path file;

    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one value, e.g. --set care.fosterShare=0.8 (repeatable). "
                    + "Applies from the start and through the timeline unless the timeline itself changes that value later.")
    List<String> set = new ArrayList<>();

    List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>();
        for (String s : set) out.add(Assignment.parse(s));
        return out;
    }
}
