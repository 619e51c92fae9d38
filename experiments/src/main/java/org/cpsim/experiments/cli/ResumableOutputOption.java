package org.cpsim.experiments.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code --out DIR} of the verbs whose folder is journalled and resumed (sweep, sensitivity, calibrate). */
final class ResumableOutputOption {
    @Option(names = "--out", paramLabel = "DIR",
            description = "Output folder (default: output/<file name>, and -<method> for sensitivity); an unfinished one there is resumed.")
    private Path out;

    /** The folder asked for, or {@code output/name}: the same each time, so the same command resumes. */
    Path folder(Path workingDirectory, String name) {
        return out != null ? workingDirectory.resolve(out) : workingDirectory.resolve("output").resolve(name);
    }
}
