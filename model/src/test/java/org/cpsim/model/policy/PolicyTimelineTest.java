package org.cpsim.model.policy;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import org.cpsim.model.Simulation;
import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.testing.Records;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/** A dated policy change takes effect on its date, not before, in every replication. */
class PolicyTimelineTest {

    @Test
    void aChangeTakesEffectOnItsDateAndNotBefore() {
        ScenarioConfig base = TestScenarios.authority(10_000, 2, 1);
        ScenarioConfig silent = Records.with(base, "agencies.concernRateMultiplier", 0.0);
        LocalDate date = LocalDate.of(2010, 1, 1);
        Scenario scenario = new Scenario(base, List.of(new Scenario.PolicyChange(date, "agencies stop raising concerns", silent)));
        for (int replication = 0; replication < 3; replication++) {
            RunResult r = Simulation.run(scenario, 9, replication);
            for (int p = 0; p < r.periods().size(); p++) {
                Period period = r.periods().get(p);
                if (period.kind() != Period.Kind.MONTH) continue;
                double contacts = r.value(p, Indicator.CONTACTS);
                if (period.start().isBefore(date)) assertTrue(contacts > 0, "contacts before the change, " + period.label());
                else assertEquals(0, contacts, "no contacts from the change on, " + period.label());
            }
        }
    }
}
