package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.cpsim.experiments.england.AuthorityScenarios;
import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ScenarioException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cpsim authorities}: real England's scenarios built from the per-authority data, never by hand. */
@Command(name = "authorities",
        mixinStandardHelpOptions = true,
        description = {"Build England's scenarios from the per-authority data: scenarios/england-national.yaml (every authority "
                + "of data/authorities.csv in one run) and scenarios/authorities/<authority>.yaml (each on its own), both extending "
                + "the calibrated England. Every value carries its source comment.",
                "Each authority gets its ONS mid-2012 child population (mid-2009 scaled where ONS has none), its own levels "
                        + "(docs/ODD.md 7.15: need onset, concern, threshold shift, care entry, establishment) and its own 2017 "
                        + "workforce census establishment (England's rate where it has no row).",
                "Levels come from --levels FILE (authority,parameter,value,source, as a calibration of every authority writes it; "
                        + "docs/CALIBRATION.md), else a first estimate: each authority's 2012-13 and 2013-14 rates of children in need, "
                        + "referrals and looked-after children against England's, shrunk towards England's for small authorities.",
                "The same data give byte-identical files. Bad or missing cells stop it with file, line and column (exit 2), "
                        + "before anything is written. --check compares instead of writing."},
        footer = {"", "Examples:",
                "  cpsim authorities generate",
                "  cpsim authorities generate --levels output/pooled/levels.csv",
                "  cpsim authorities generate --check",
                "  cpsim run scenarios/authorities/knowsley.yaml",
                "  cpsim fit scenarios/england-national.yaml --observed data/la_figures.csv --replications 2"},
        subcommands = {AuthoritiesCommand.Generate.class})
final class AuthoritiesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing what to do: generate");
    }

    @Command(name = "generate",
            mixinStandardHelpOptions = true,
            description = {"Write scenarios/england-national.yaml and scenarios/authorities/*.yaml from data/authorities.csv and "
                    + "data/la_figures.csv (see cpsim authorities --help). Removes authorities/*.yaml the data no longer give."},
            footer = {"", "Examples:",
                    "  cpsim authorities generate",
                    "  cpsim authorities generate --levels levels.csv --out /tmp/england",
                    "  cpsim authorities generate --check   # exit 2 if the committed files are not what the data give"})
    static final class Generate implements Callable<Integer> {
        private final Path workingDirectory;

        @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
                description = "Folder holding authorities.csv and la_figures.csv (default: ${DEFAULT-VALUE}).")
        Path data;

        @Option(names = "--levels", paramLabel = "FILE",
                description = "Levels per authority, authority,parameter,value,source (docs/CALIBRATION.md); those it does not give keep the first estimate.")
        Path levels;

        @Option(names = "--base", paramLabel = "FILE", defaultValue = "scenarios/england-calibrated.yaml",
                description = "The single-authority scenario every authority extends (default: ${DEFAULT-VALUE}).")
        Path base;

        @Option(names = "--out", paramLabel = "DIR", defaultValue = "scenarios",
                description = "Where england-national.yaml and authorities/ go (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--prior-events", paramLabel = "N", defaultValue = "20",
                description = "First estimate's shrinkage towards England: a prior worth N events, so an authority expecting fewer "
                        + "than N is pulled at least halfway to England's rate (default: ${DEFAULT-VALUE}; an assumption).")
        double priorEvents;

        @Option(names = "--check", description = "Write nothing; exit 2 naming the first file that differs from what the data give.")
        boolean check;

        @Spec
        CommandSpec spec;

        Generate(Path workingDirectory) { this.workingDirectory = workingDirectory; }

        Generate() { this(Path.of("")); }

        @Override
        public Integer call() throws Exception {
            if (!(priorEvents > 0)) throw new ParameterException(spec.commandLine(), "--prior-events must be > 0, got " + priorEvents);
            Path outDir = workingDirectory.resolve(out);
            Path baseFile = workingDirectory.resolve(base);
            String baseFromOut = outDir.toAbsolutePath().normalize().relativize(baseFile.toAbsolutePath().normalize()).toString().replace('\\', '/');
            var inputs = new AuthorityScenarios.Inputs(
                    workingDirectory.resolve(data.resolve("authorities.csv")), cite(data.resolve("authorities.csv")),
                    workingDirectory.resolve(data.resolve("la_figures.csv")), cite(data.resolve("la_figures.csv")),
                    levels == null ? null : workingDirectory.resolve(levels), levels == null ? null : cite(levels),
                    baseFile, cite(base), baseFromOut, priorEvents);
            List<AuthorityScenarios.GeneratedFile> files = AuthorityScenarios.generate(inputs);
            PrintWriter stdout = spec.commandLine().getOut();
            if (check) {
                List<String> differ = differing(outDir, files);
                if (!differ.isEmpty()) {
                    throw new ScenarioException(new Origin(outDir.resolve(differ.get(0)).toString(), 0),
                            differ.size() + " generated file(s) differ from what the data give; run cpsim authorities generate");
                }
                stdout.printf("OK: %d files as the data give them%n", files.size());
            } else {
                AuthorityScenarios.write(outDir, files);
                stdout.printf("%s and %d authority scenarios in %s%n", AuthorityScenarios.NATIONAL, files.size() - 1,
                        outDir.resolve(AuthorityScenarios.FOLDER));
            }
            stdout.flush();
            return Cpsim.OK;
        }

        private static List<String> differing(Path outDir, List<AuthorityScenarios.GeneratedFile> files) throws java.io.IOException {
            List<String> out = new ArrayList<>();
            for (AuthorityScenarios.GeneratedFile f : files) {
                Path p = outDir.resolve(f.path());
                if (!Files.isRegularFile(p) || !Files.readString(p, StandardCharsets.UTF_8).equals(f.content())) out.add(f.path());
            }
            return out;
        }

        /** A path as source comments name it: as typed, with forward slashes. */
        private static String cite(Path p) { return p.normalize().toString().replace('\\', '/'); }
    }
}
