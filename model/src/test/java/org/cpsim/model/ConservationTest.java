package org.cpsim.model;

import static org.junit.jupiter.api.Assertions.*;

import org.cpsim.model.testing.TestScenarios;
import org.cpsim.model.testing.ModelTestSupport;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;
import org.junit.jupiter.api.Test;

/** Invariant: every child is in exactly one state, and each state's stock changes by inflow minus outflow. */
class ConservationTest {
    private static final Indicator[][] STATES = {
        {Indicator.STATE_NOT_KNOWN_AT_END, Indicator.STATE_NOT_KNOWN_IN, Indicator.STATE_NOT_KNOWN_OUT},
        {Indicator.STATE_EARLY_HELP_AT_END, Indicator.STATE_EARLY_HELP_IN, Indicator.STATE_EARLY_HELP_OUT},
        {Indicator.STATE_ASSESSMENT_AT_END, Indicator.STATE_ASSESSMENT_IN, Indicator.STATE_ASSESSMENT_OUT},
        {Indicator.STATE_SECTION47_AT_END, Indicator.STATE_SECTION47_IN, Indicator.STATE_SECTION47_OUT},
        {Indicator.STATE_CIN_PLAN_AT_END, Indicator.STATE_CIN_PLAN_IN, Indicator.STATE_CIN_PLAN_OUT},
        {Indicator.STATE_CP_PLAN_AT_END, Indicator.STATE_CP_PLAN_IN, Indicator.STATE_CP_PLAN_OUT},
        {Indicator.STATE_LOOKED_AFTER_AT_END, Indicator.STATE_LOOKED_AFTER_IN, Indicator.STATE_LOOKED_AFTER_OUT}};

    @Test
    void childrenAreConservedEveryMonthAndYear() {
        RunResult r = Simulation.run(Scenario.of(TestScenarios.authority(30_000, 4, 2)), 3, 0);
        int previousMonth = -1;
        int previousYear = -1;
        for (int p = 0; p < r.periods().size(); p++) {
            double total = 0;
            for (Indicator[] s : STATES) total += r.value(p, s[0]);
            assertEquals(r.value(p, Indicator.CHILDREN), total, 0.0, "states add up to the population in " + r.periods().get(p).label());
            int previous = r.periods().get(p).kind() == Period.Kind.MONTH ? previousMonth : previousYear;
            if (previous >= 0) {
                for (Indicator[] s : STATES) {
                    double change = r.value(p, s[0]) - r.value(previous, s[0]);
                    assertEquals(r.value(p, s[1]) - r.value(p, s[2]), change, 0.0, s[0].id() + " in " + r.periods().get(p).label());
                }
                double populationChange = r.value(p, Indicator.CHILDREN) - r.value(previous, Indicator.CHILDREN);
                assertEquals(r.value(p, Indicator.BIRTHS) - r.value(p, Indicator.AGED_OUT), populationChange, 0.0);
            }
            if (r.periods().get(p).kind() == Period.Kind.MONTH) previousMonth = p; else previousYear = p;
        }
        assertTrue(ModelTestSupport.sumOverYears(r, Indicator.STATE_CP_PLAN_IN) > 0, "the test must exercise the whole journey");
        assertTrue(ModelTestSupport.sumOverYears(r, Indicator.STATE_LOOKED_AFTER_IN) > 0);
    }
}
