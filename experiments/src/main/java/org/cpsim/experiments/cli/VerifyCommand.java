package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.cpsim.experiments.runner.ReplicationRunner;
import org.cpsim.experiments.verification.VerificationOutput;
import org.cpsim.experiments.verification.VerificationReport;
import org.cpsim.experiments.verification.VerificationSuite;
import org.cpsim.model.config.Scenario;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cpsim verify}: checks the model against queueing theory (Erlang C, Little's law) and against
 * conservation of children, writes {@code verification.csv} and exits 0 only if every check passed.
 *
 * <p>Register it with a scenario loader, {@code new VerifyCommand(loader)}, so the conservation checks
 * can run on {@code scenarios/england-baseline.yaml}; without one they are skipped with a message.
 */
@Command(name = "verify",
        header = "Check the model against queueing theory and conservation.",
        mixinStandardHelpOptions = true,
        description = {
                "Verify the model against queueing theory and conservation of children.",
                "Each statistical check passes when theory lies in a Student-t interval over the replications; the intervals"
                        + " share a 1%% family-wise error rate (Bonferroni). Conservation checks must hold exactly.",
                "Exit code 0: every check passed; 1: at least one failed."},
        footer = {"", "Examples:",
                "  cpsim verify",
                "  cpsim verify --replications 40 --seed 7 --threads 2",
                "  cpsim verify --scenario scenarios/england-calibrated.yaml --out output/verification",
                "", "Writes verification.csv (check, expected, simulated, ci_low, ci_high, pass) to the output folder; docs/VERIFICATION.md explains each check."})
public final class VerifyCommand implements Callable<Integer> {

    static final Path DEFAULT_SCENARIO = Path.of("scenarios", "england-baseline.yaml");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @Spec
    private CommandSpec spec;

    @Mixin private ReplicationOptions replicationOptions = new ReplicationOptions(20, 2);

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: output/verification-<yyyyMMdd-HHmmss>).")
    private Path out;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "Realistic scenario for the conservation checks (default: scenarios/england-baseline.yaml if it exists).")
    private Path scenarioFile;

    private final Function<Path, Scenario> scenarioLoader;
    private final VerificationSuite.Simulator simulator;
    private final Clock clock;

    /** With the project's strict scenario loader, for the conservation checks on a realistic scenario. */
    public VerifyCommand() { this(file -> org.cpsim.experiments.io.ScenarioLoader.load(file).scenario()); }

    /** @param scenarioLoader reads a scenario file strictly (the CLI's loader); null to skip conservation */
    public VerifyCommand(Function<Path, Scenario> scenarioLoader) {
        this(scenarioLoader, (s, seed, n, threads) -> ReplicationRunner.run(s, seed, n, threads, null), Clock.systemDefaultZone());
    }

    /** For tests: a synthetic simulator and a fixed clock. */
    VerifyCommand(Function<Path, Scenario> scenarioLoader, VerificationSuite.Simulator simulator, Clock clock) {
        this.scenarioLoader = scenarioLoader;
        this.simulator = Objects.requireNonNull(simulator);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Integer call() throws Exception {
        int replications = replicationOptions.count();
        long seed = replicationOptions.seed();
        int threads = replicationOptions.threads();
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter stderr = spec.commandLine().getErr();

        Scenario realistic = realisticScenario(stderr);
        var suite = new VerificationSuite(VerificationSuite.defaultQueues(), realistic,
                new VerificationSuite.Settings(replications, seed, threads), simulator);
        VerificationReport report = suite.run(line -> { stderr.println(line); stderr.flush(); });

        Path dir = out != null ? out : defaultOutputDir();
        Path csv = VerificationOutput.writeCsv(dir, report);
        stdout.print(VerificationOutput.table(report));
        stdout.println("Wrote " + csv);
        stdout.flush();
        return report.allPassed() ? 0 : 1;
    }

    /** A new folder per run, so earlier verification results are never overwritten. */
    Path defaultOutputDir() { return Path.of("output", "verification-" + LocalDateTime.now(clock).format(STAMP)); }

    /** The scenario for the conservation checks, or null (said on stderr) when there is none to use. */
    private Scenario realisticScenario(PrintWriter stderr) {
        if (scenarioLoader == null) {
            if (scenarioFile != null) throw new ParameterException(spec.commandLine(), "--scenario: this build of cpsim verify has no scenario loader");
            stderr.println("Conservation checks skipped: no scenario loader registered with the verify command.");
            return null;
        }
        Path file = scenarioFile != null ? scenarioFile : DEFAULT_SCENARIO;
        if (!Files.isRegularFile(file)) {
            if (scenarioFile != null) throw new ParameterException(spec.commandLine(), "--scenario: no such file: " + file);
            stderr.println("Conservation checks skipped: " + file + " not found (give one with --scenario FILE).");
            return null;
        }
        try {
            return scenarioLoader.apply(file);
        } catch (IllegalArgumentException e) {
            // A malformed scenario is the user's to fix: one clear message, no stack trace.
            throw new ParameterException(spec.commandLine(), "--scenario " + file + ": " + e.getMessage(), e, null, file.toString());
        }
    }
}
