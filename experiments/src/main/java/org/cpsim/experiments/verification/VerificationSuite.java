package org.cpsim.experiments.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.cpsim.experiments.runner.ReplicationRunner;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;

/**
 * Verifies the model against theory and invariants:
 * <ul>
 * <li>for each {@link DegenerateQueueScenario}, the mean wait, probability of waiting, mean number open and
 *     mean time in system against Erlang C, and Little's law L = lambda W within each year;</li>
 * <li>on a realistic scenario, if one is given, conservation of children across the seven service states.</li>
 * </ul>
 * Statistical checks share a family-wise error rate of 1% by Bonferroni (see {@link Tolerance}): on a
 * correct model the whole suite raises a false alarm at most once in a hundred runs, however many
 * checks it has. Replications are run by {@link ReplicationRunner}, so results depend only on the seed.
 */
public final class VerificationSuite {

    /** At most one false alarm in a hundred suite runs on a correct model. */
    public static final double FAMILYWISE_ERROR_RATE = 0.01;

    /** Interval checks per queue scenario: wait, probability of waiting, number open, time in system, Little's law. */
    static final int CHECKS_PER_QUEUE = 5;

    /** Runs one scenario's replications; the real one is {@link ReplicationRunner}, tests pass synthetic ones. */
    @FunctionalInterface
    public interface Simulator {
        List<RunResult> run(Scenario scenario, long seed, int replications, int threads);
    }

    /**
     * @param replications independent runs per scenario (at least 2, for an interval)
     * @param seed         master seed; replication r of every scenario uses (seed, r)
     * @param threads      replications run in parallel
     */
    public record Settings(int replications, long seed, int threads) {
        public Settings {
            if (replications < 2) throw new IllegalArgumentException("replications must be at least 2 (an interval needs a spread), got " + replications);
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    private final List<DegenerateQueueScenario> queues;
    private final Scenario realistic;
    private final Settings settings;
    private final Simulator simulator;

    /**
     * @param queues    the M/M/c configurations to check against Erlang C
     * @param realistic a full scenario for the conservation checks, or null to skip them
     */
    public VerificationSuite(List<DegenerateQueueScenario> queues, Scenario realistic, Settings settings) {
        this(queues, realistic, settings, (s, seed, n, threads) -> ReplicationRunner.run(s, seed, n, threads, null));
    }

    public VerificationSuite(List<DegenerateQueueScenario> queues, Scenario realistic, Settings settings, Simulator simulator) {
        if (queues == null || queues.isEmpty()) throw new IllegalArgumentException("at least one queue scenario is needed");
        this.queues = List.copyOf(queues);
        this.realistic = realistic;
        this.settings = java.util.Objects.requireNonNull(settings, "settings");
        this.simulator = java.util.Objects.requireNonNull(simulator, "simulator");
    }

    /**
     * Ten workers at utilisations 0.70 and 0.92 (heavy traffic, where a wrong queue discipline or a lost
     * server shows most), one-day mean assessments, a million children, one warm-up year and three
     * reported years: long enough for a tight interval, short enough for 20 replications in minutes.
     */
    public static List<DegenerateQueueScenario> defaultQueues() {
        return List.of(
                new DegenerateQueueScenario(7.0, 10, 1.0, 1_000_000, 3, 1),
                new DegenerateQueueScenario(9.2, 10, 1.0, 1_000_000, 3, 1));
    }

    /** The tolerance every interval check uses: 1% family-wise, split evenly over the interval checks. */
    public Tolerance tolerance() { return new Tolerance(FAMILYWISE_ERROR_RATE, CHECKS_PER_QUEUE * queues.size()); }

    /** Runs every check; {@code progress} hears one line per scenario started. */
    public VerificationReport run(Consumer<String> progress) {
        Tolerance tolerance = tolerance();
        List<CheckResult> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        notes.add(String.format(java.util.Locale.ROOT,
                "Interval checks: Student t on %d replication estimates (each the mean of its reported years); family-wise error %.4g%%"
                        + " split by Bonferroni over %d checks, so each interval has confidence %.4g%%; pass when theory lies inside.",
                settings.replications(), 100 * FAMILYWISE_ERROR_RATE, tolerance.statisticalChecks(), 100 * tolerance.perCheckConfidence()));
        for (DegenerateQueueScenario q : queues) {
            progress.accept("Running " + q.name() + " (" + settings.replications() + " replications)");
            rows.addAll(queueChecks(q, simulate(q.scenario()), tolerance));
        }
        if (realistic == null) {
            notes.add("Conservation checks SKIPPED: no realistic scenario given.");
        } else {
            progress.accept("Running " + realistic.name() + " for conservation (" + settings.replications() + " replications)");
            rows.addAll(Conservation.check(realistic.name(), simulate(realistic)));
            notes.add("Conservation checks: exact accounting identities on " + realistic.name() + ", no tolerance.");
        }
        return new VerificationReport(rows, notes);
    }

    private List<RunResult> simulate(Scenario scenario) {
        List<RunResult> runs = simulator.run(scenario, settings.seed(), settings.replications(), settings.threads());
        if (runs.size() != settings.replications()) {
            throw new IllegalStateException(scenario.name() + ": expected " + settings.replications() + " replications, got " + runs.size());
        }
        return runs;
    }

    /** The five interval checks of one queue scenario, theory from Erlang C. */
    static List<CheckResult> queueChecks(DegenerateQueueScenario q, List<RunResult> runs, Tolerance tolerance) {
        ErlangC theory = q.theory();
        String at = q.name() + " ";
        String how = " " + tolerance.label();
        return List.of(
                tolerance.check(at + "mean wait for allocation (days) vs Erlang C Wq" + how, theory.meanWait(),
                        ReplicationEstimates.yearlyAverage(runs, Indicator.ASSESSMENT_WAIT_DAYS_MEAN)),
                tolerance.check(at + "referrals that waited (%) vs Erlang C 100 C(c a)" + how, 100 * theory.probabilityOfWaiting(),
                        ReplicationEstimates.yearlyAverage(runs, Indicator.ASSESSMENT_WAITED_PCT)),
                tolerance.check(at + "mean assessments open vs Erlang C L" + how, theory.meanNumberInSystem(),
                        ReplicationEstimates.yearlyAverage(runs, Indicator.ASSESSMENTS_OPEN_MEAN)),
                tolerance.check(at + "mean time in system (days) vs Erlang C W" + how, theory.meanTimeInSystem(),
                        ReplicationEstimates.yearlyAverage(runs, Indicator.ASSESSMENT_TIME_IN_SYSTEM_DAYS_MEAN)),
                tolerance.check(at + "Little's law L - lambda W per year" + how, 0,
                        ReplicationEstimates.littlesLawGap(runs)));
    }
}
