package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.output.BuildInfo;
import org.cpsim.experiments.output.OutputFolderException;
import org.cpsim.experiments.output.WritableFolder;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.experiments.runner.SweepExecutors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code cpsim} command. Exit codes: 0 done; 2 the user must change something (an argument, the
 * scenario, the output folder), told in one line with no stack trace; 1 a bug, with its stack trace.
 */
@Command(name = "cpsim",
        mixinStandardHelpOptions = true,
        versionProvider = Cpsim.Version.class,
        description = "Agent-based simulation of England's child protection system.",
        // One class per verb.
        subcommands = {RunCommand.class, ValidateCommand.class, MetricsCommand.class, CompareCommand.class, SweepCommand.class,
                SensitivityCommand.class, FitCommand.class, CalibrateCommand.class, ReplayCommand.class, ChartCommand.class,
                BriefCommand.class, VerifyCommand.class, BenchCommand.class, AuthoritiesCommand.class,
                org.cpsim.experiments.explore.ExploreCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
                "  cpsim validate scenarios/england-baseline.yaml",
                "  cpsim run scenarios/england-baseline.yaml --replications 20 --seed 7",
                "  cpsim metrics --csv > indicators.csv"})
public final class Cpsim implements Callable<Integer> {
    public static final int OK = 0;
    public static final int INTERNAL_ERROR = 1;
    public static final int USER_ERROR = 2;

    @Spec
    private CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command as users get it: replications on local threads, paths relative to the working directory. */
    public static CommandLine commandLine() {
        return commandLine(ReplicationExecutor.LOCAL, Path.of(""));
    }

    /**
     * @param executor         how {@code run} runs replications (tests pass a fake; the model may not exist yet)
     * @param workingDirectory what relative paths (scenario, {@code --out}, the default {@code output/}) are relative to
     */
    public static CommandLine commandLine(ReplicationExecutor executor, Path workingDirectory) {
        CommandLine.IFactory defaults = CommandLine.defaultFactory();
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                if (type == RunCommand.class) return type.cast(new RunCommand(executor, workingDirectory));
                if (type == ValidateCommand.class) return type.cast(new ValidateCommand(workingDirectory));
                if (type == CompareCommand.class) return type.cast(new CompareCommand(executor, workingDirectory));
                if (type == SweepCommand.class) return type.cast(new SweepCommand(SweepExecutors.standard(), workingDirectory));
                if (type == SensitivityCommand.class) return type.cast(new SensitivityCommand(SweepExecutors.standard(), workingDirectory));
                if (type == ReplayCommand.class) return type.cast(new ReplayCommand(executor, workingDirectory));
                if (type == FitCommand.class) return type.cast(new FitCommand(executor, workingDirectory));
                if (type == CalibrateCommand.class) return type.cast(new CalibrateCommand(SweepExecutors.standard(), workingDirectory));
                if (type == AuthoritiesCommand.Generate.class) return type.cast(new AuthoritiesCommand.Generate(workingDirectory));
                return defaults.create(type);
            }
        };
        CommandLine cl = new CommandLine(new Cpsim(), factory);
        cl.setExecutionStrategy(parsed -> {
            OutputCheck.before(parsed, workingDirectory);
            return new CommandLine.RunLast().execute(parsed);
        });
        cl.setExecutionExceptionHandler(Cpsim::onException);
        cl.setParameterExceptionHandler(Cpsim::onBadArguments);
        return cl;
    }

    /** No verb: every verb, each with its one line (its header), so the user can choose without reading --help. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a verb; one of:\n" + spec.commandLine().getHelp().commandList().stripTrailing());
    }

    /** A user's mistake is one line; anything else is a bug and keeps its stack trace. */
    private static int onException(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (e instanceof ScenarioException || e instanceof OutputFolderException) {
            err.println(e.getMessage());
            err.flush();
            return USER_ERROR;
        }
        // A path that cannot be read or written (permissions, a read-only or virtual file system) is the user's to change.
        java.nio.file.FileSystemException fs = WritableFolder.fileSystemCause(e);
        if (fs != null) {
            err.println("cannot use " + fs.getFile() + (fs.getOtherFile() == null ? "" : " or " + fs.getOtherFile()) + ": " + WritableFolder.reason(fs));
            err.flush();
            return USER_ERROR;
        }
        e.printStackTrace(err);
        err.flush();
        return INTERNAL_ERROR;
    }

    private static int onBadArguments(ParameterException e, String[] args) {
        CommandLine cl = e.getCommandLine();
        PrintWriter err = cl.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return USER_ERROR;
    }

    /** {@code --version}: the version Maven filtered into the jar. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"cpsim " + BuildInfo.version(), "Java " + System.getProperty("java.version")};
        }
    }
}
