package org.cpsim.experiments.cli;

import java.nio.file.Path;

import org.cpsim.experiments.output.OutputFolderException;
import org.cpsim.experiments.output.WritableFolder;

import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParseResult;

/**
 * Every verb that writes takes {@code --out}; it is checked here, once for all of them, before the verb
 * does any work, so an unwritable folder is one line and exit 2 rather than a stack trace at the end.
 */
final class OutputCheck {
    private OutputCheck() {}

    static void before(ParseResult parsed, Path workingDirectory) {
        ParseResult verb = parsed;
        while (verb.hasSubcommand()) verb = verb.subcommand();
        if (verb.isUsageHelpRequested() || verb.isVersionHelpRequested()) return;
        OptionSpec out = verb.matchedOption("--out");
        if (out == null || !(out.getValue() instanceof Path p)) return;
        try {
            WritableFolder.require(workingDirectory.resolve(p));
        } catch (OutputFolderException e) {
            // Through the execution-exception handler, so it is shown as the verb's own user error.
            throw new CommandLine.ExecutionException(verb.commandSpec().commandLine(), e.getMessage(), e);
        }
    }
}
