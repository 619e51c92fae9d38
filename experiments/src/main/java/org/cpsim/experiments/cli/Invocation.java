package org.cpsim.experiments.cli;

import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Model.CommandSpec;

/** The command as the user typed it, for manifests. */
final class Invocation {
    private Invocation() {}

    static List<String> of(CommandSpec spec) {
        List<String> args = new ArrayList<>();
        args.add("cpsim");
        args.addAll(spec.root().commandLine().getParseResult().originalArgs());
        return args;
    }
}
