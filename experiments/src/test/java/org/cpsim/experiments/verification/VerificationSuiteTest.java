package org.cpsim.experiments.verification;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The suite on the real model. It runs the default M/M/c configurations and checks them against
 * Erlang C and Little's law, and checks conservation on the England baseline, as the CLI does.
 * By construction a correct model fails this test at most 1% of the time; the fixed seed makes the
 * outcome reproducible, so a failure is a finding to investigate, not noise to re-run away.
 */
@Tag("model")
class VerificationSuiteTest {

    @Test
    void theModelAgreesWithQueueingTheoryAndConservesChildren() {
        // Conservation on the realistic baseline, where every path of the journey is exercised.
        var conservationScenario = org.cpsim.experiments.io.ScenarioLoader.load(
                java.nio.file.Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios/england-baseline.yaml")).scenario();
        var suite = new VerificationSuite(VerificationSuite.defaultQueues(), conservationScenario,
                new VerificationSuite.Settings(20, 1, Runtime.getRuntime().availableProcessors()));
        VerificationReport report = suite.run(System.err::println);
        String table = VerificationOutput.table(report);
        assertEquals(10 + 8, report.checks().size(), table);
        assertTrue(report.allPassed(), table);
    }
}
