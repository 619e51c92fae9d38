package org.cpsim.experiments.verification;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.List;

import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/** The whole suite, driven by a synthetic simulator, so its plumbing is checked before the model exists. */
class VerificationSuiteLogicTest {

    private static final List<DegenerateQueueScenario> QUEUES = VerificationSuite.defaultQueues();
    private static final Scenario REALISTIC = new DegenerateQueueScenario(5, 10, 1, 1_000_000, 4, 1).scenario();
    private static final VerificationSuite.Settings SETTINGS = new VerificationSuite.Settings(20, 42, 2);

    /** Queue scenarios get Erlang-C-like output (wait scaled by waitBias), the realistic one conserving output. */
    private static VerificationSuite.Simulator synthetic(double waitBias, double leak) {
        return (scenario, seed, n, threads) -> {
            List<RunResult> runs = new ArrayList<>();
            DegenerateQueueScenario q = QUEUES.stream().filter(x -> x.scenario().name().equals(scenario.name())).findFirst().orElse(null);
            for (int r = 0; r < n; r++) {
                runs.add(q != null ? SyntheticRuns.queue(q, seed, r, 0.02, waitBias)
                        : SyntheticRuns.conserving(scenario.name(), seed, r, 4, r == n - 1 ? leak : 0));
            }
            return runs;
        };
    }

    @Test
    void aCorrectModelPassesEveryCheck() {
        VerificationReport report = new VerificationSuite(QUEUES, REALISTIC, SETTINGS, synthetic(1, 0)).run(line -> {});
        assertEquals(QUEUES.size() * 5 + 8, report.checks().size());
        for (CheckResult c : report.checks()) assertTrue(c.pass(), c.toString());
        assertTrue(report.allPassed());
    }

    @Test
    void theIntervalChecksShareOnePercentByBonferroni() {
        var suite = new VerificationSuite(QUEUES, null, SETTINGS, synthetic(1, 0));
        assertEquals(10, suite.tolerance().statisticalChecks());
        assertEquals(0.001, suite.tolerance().perCheckErrorRate(), 1e-15);
        VerificationReport report = suite.run(line -> {});
        for (CheckResult c : report.checks()) assertTrue(c.check().endsWith(suite.tolerance().label()), c.check());
    }

    @Test
    void theoryComesFromErlangC() {
        VerificationReport report = new VerificationSuite(QUEUES, null, SETTINGS, synthetic(1, 0)).run(line -> {});
        ErlangC heavy = QUEUES.get(1).theory();
        List<CheckResult> heavyRows = report.checks().subList(5, 10);
        assertEquals(heavy.meanWait(), heavyRows.get(0).expected(), 1e-12);
        assertEquals(100 * heavy.probabilityOfWaiting(), heavyRows.get(1).expected(), 1e-12);
        assertEquals(heavy.meanNumberInSystem(), heavyRows.get(2).expected(), 1e-12);
        assertEquals(heavy.meanTimeInSystem(), heavyRows.get(3).expected(), 1e-12);
        assertEquals(0, heavyRows.get(4).expected());
        // Only yearly values are averaged: the monthly nonsense would show in the mean.
        for (CheckResult c : report.checks()) assertTrue(Math.abs(c.simulated()) < 1000, c.toString());
    }

    @Test
    void aWaitTenPercentTooLongFailsTheWaitChecks() {
        VerificationReport report = new VerificationSuite(QUEUES, null, SETTINGS, synthetic(1.10, 0)).run(line -> {});
        assertFalse(report.allPassed());
        for (CheckResult c : report.checks()) {
            if (c.check().contains("mean wait for allocation")) assertFalse(c.pass(), c.toString());
            if (c.check().contains("referrals that waited")) assertTrue(c.pass(), c.toString());
        }
    }

    @Test
    void aLeakOnTheRealisticScenarioFailsConservation() {
        VerificationReport report = new VerificationSuite(QUEUES, REALISTIC, SETTINGS, synthetic(1, 2)).run(line -> {});
        assertFalse(report.allPassed());
        assertEquals(1, report.checks().stream().filter(c -> !c.pass()).count());
    }

    @Test
    void withoutARealisticScenarioConservationIsSkippedAndSaidSo() {
        VerificationReport report = new VerificationSuite(QUEUES, null, SETTINGS, synthetic(1, 0)).run(line -> {});
        assertEquals(10, report.checks().size());
        assertTrue(report.notes().stream().anyMatch(n -> n.contains("SKIPPED")), report.notes().toString());
        assertTrue(report.allPassed());
    }

    @Test
    void theSimulatorGetsTheSettings() {
        List<String> calls = new ArrayList<>();
        VerificationSuite.Simulator recording = (scenario, seed, n, threads) -> {
            calls.add(scenario.name() + " " + seed + " " + n + " " + threads);
            return synthetic(1, 0).run(scenario, seed, n, threads);
        };
        new VerificationSuite(QUEUES, REALISTIC, SETTINGS, recording).run(line -> {});
        assertEquals(List.of("verify-mmc-c10-rho0.70 42 20 2", "verify-mmc-c10-rho0.92 42 20 2", REALISTIC.name() + " 42 20 2"), calls);
    }

    @Test
    void settingsRejectWhatCannotGiveAnInterval() {
        assertThrows(IllegalArgumentException.class, () -> new VerificationSuite.Settings(1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> new VerificationSuite.Settings(20, 1, 0));
    }
}
