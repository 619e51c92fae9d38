package org.cpsim.experiments.cli;

import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.io.Assignment;

import picocli.CommandLine.Option;

/** {@code --set PATH=VALUE}: values the command line changes in the scenario (in every scenario the verb loads). */
final class SetOption {
    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one value, e.g. --set care.fosterShare=0.8 (repeatable; in every scenario the command loads). "
                    + "Applies from the start and through the timeline unless the timeline itself changes that value later.")
    private List<String> set = new ArrayList<>();

    List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>();
        for (String s : set) out.add(Assignment.parse(s));
        return out;
    }
}
