package org.cpsim.experiments.cli;

import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.io.Assignment;

import picocli.CommandLine.Option;

/** {@code --set PATH=VALUE}: values the command line changes in the scenario (in every scenario the verb loads). */
final class SetOption {
    @Option(names = "--set", paramLabel = "PATH=VALUE",
            description = "Override one value, e.g. --set care.fosterShare=0.8 (repeatable; in every scenario the command loads). "
                    + "Applies from the start and through the timeline. If the timeline also sets that number on later dates, every "
                    + "dated value is moved in the same proportion (VALUE / the starting value: earlyHelp.placesPer10kChildren=90 on a "
                    + "baseline starting at 60 is +50%% throughout); a non-number the timeline changes later is refused. "
                    + "The first lines say which dated values it meets.")
    private List<String> set = new ArrayList<>();

    List<Assignment> assignments() {
        List<Assignment> out = new ArrayList<>();
        for (String s : set) out.add(Assignment.parse(s));
        return out;
    }
}
