package org.cpsim.experiments.cli;

import java.util.List;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ScenarioLoader;

import picocli.CommandLine.Option;

/** {@code --years N}: a shorter or longer horizon than the scenario's, without editing it. */
final class YearsOption {
    @Option(names = "--years", paramLabel = "N", description = "Reporting years, overriding calendar.reportingYears (of every scenario).")
    private Integer years;

    /** The override, traced to the command line as {@code --set} values are; none when the option is not given. */
    List<Assignment> assignments() {
        if (years == null) return List.of();
        return List.of(new Assignment("calendar.reportingYears", years.toString(), ScenarioLoader.COMMAND_LINE + " --years"));
    }
}
