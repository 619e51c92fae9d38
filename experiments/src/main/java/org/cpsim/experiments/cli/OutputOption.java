package org.cpsim.experiments.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;

import org.cpsim.experiments.output.OutputFolder;

import picocli.CommandLine.Option;

/** {@code --out DIR} of the verbs that write a new folder each time (run, compare, fit, replay). */
final class OutputOption {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder; must not exist or be empty (default: a new folder in output/, named after the scenario and the time).")
    private Path out;

    /** The folder asked for, or a new one under {@code output/} named {@code name} and the time. */
    Path folder(Path workingDirectory, String name) {
        return out != null ? workingDirectory.resolve(out) : OutputFolder.defaultFor(workingDirectory, name, LocalDateTime.now());
    }
}
