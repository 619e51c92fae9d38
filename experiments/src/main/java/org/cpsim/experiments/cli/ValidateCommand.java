package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpsim.experiments.io.ResolvedPolicyChange;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code cpsim validate}: load a scenario as {@code run} would and show every value with its source. */
@Command(name = "validate",
        header = "Check a scenario and show every value with its source.",
        mixinStandardHelpOptions = true,
        description = {"Check a scenario file and print every resolved value with its source kind "
                + "(data, calibrated, assumption, publication, command_line), its source and where it was set, then the timeline.",
                "Exits 2 with one line naming file, line and field if the scenario is wrong."},
        footer = {"", "Examples:",
                "  cpsim validate scenarios/england-baseline.yaml",
                "  cpsim validate scenarios/england-baseline.yaml --set care.fosterShare=0.8",
                "  cpsim validate scenarios/england-baseline.yaml | grep assumption"})
final class ValidateCommand implements Callable<Integer> {
    private final Path workingDirectory;

    @Mixin ScenarioArguments scenario;

    @Spec
    CommandSpec spec;

    ValidateCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory;
    }

    @Override
    public Integer call() {
        ResolvedScenario r = ScenarioLoader.load(workingDirectory.resolve(scenario.file), scenario.assignments());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("scenario %s (%s)%n", r.name(), r.file());
        out.printf("sha256 %s%n", r.sha256());
        for (String n : r.notes()) out.println(n);
        out.println();
        print(out, r.values(), "");
        if (!r.timeline().isEmpty()) {
            out.printf("%ntimeline:%n");
            for (ResolvedPolicyChange c : r.timeline()) {
                out.printf("  %s  %s  (%s)%n", c.date(), c.description(), c.origin());
                print(out, c.changes(), "    ");
            }
        }
        out.printf("%nOK: %d values, %d policy changes%n", r.values().size(), r.timeline().size());
        out.flush();
        return Cpsim.OK;
    }

    /** Values longer than this are shortened in the listing (the manifest keeps them whole). */
    private static final int MAX_VALUE_WIDTH = 60;

    private static void print(PrintWriter out, List<ResolvedValue> values, String indent) {
        int width = 0;
        for (ResolvedValue v : values) width = Math.max(width, v.path().length() + 3 + Math.min(v.value().length(), MAX_VALUE_WIDTH));
        for (ResolvedValue v : values) {
            String value = v.value().length() <= MAX_VALUE_WIDTH ? v.value()
                    : v.value().substring(0, MAX_VALUE_WIDTH - 12) + "... (" + v.value().length() + " chars)";
            String assignment = v.path() + " = " + value;
            String source = v.source().isEmpty() ? "-" : v.source();
            out.printf("%s%-" + width + "s  %-12s %s  (%s)%n", indent, assignment, v.kind().label(), source, v.origin());
        }
    }
}
