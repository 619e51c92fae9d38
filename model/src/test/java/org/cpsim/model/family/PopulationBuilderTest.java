package org.cpsim.model.family;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.PopulationConfig;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.testing.Records;
import org.cpsim.model.testing.TestScenarios;
import org.junit.jupiter.api.Test;

/** Starting ages: uniform over 0-17 by default, or as the scenario's shares by year of age say. */
class PopulationBuilderTest {
    private static final int CHILDREN = 20_000;

    /** Days since birth of every starting child (births are on whole days, so a year of age spans 365 or 366 of them). */
    private static int[] agesInDays(List<Double> shares) {
        ScenarioConfig c = TestScenarios.authority(CHILDREN, 1, 0);
        PopulationConfig p = Records.with(c.population(), "startingAgeShares", shares);
        Population population = PopulationBuilder.build(p, c.need(), new MersenneTwisterFast(3), 0);
        int[] days = new int[population.alive()];
        for (int child = 0; child < days.length; child++) days[child] = -population.birthDay(child);
        return days;
    }

    @Test
    void withoutSharesAgesAreUniform() {
        int[] byAge = new int[18];
        for (int days : agesInDays(List.of())) byAge[(int) (days / PopulationBuilder.DAYS_TO_ADULTHOOD * 18)]++;
        double expected = CHILDREN / 18.0, chiSquare = 0;
        for (int n : byAge) chiSquare += (n - expected) * (n - expected) / expected;
        assertTrue(chiSquare < 40.8, "chi-square " + chiSquare + " over 18 years of age (17 df, 1-in-1000 critical value 40.8)");
    }

    @Test
    void sharesByYearOfAgeSetTheStartingAges() {
        List<Double> shares = new ArrayList<>(Collections.nCopies(18, 0.0));
        shares.set(0, 0.5);
        shares.set(17, 0.5);
        int babies = 0;
        for (int days : agesInDays(shares)) {
            boolean baby = days < 365.25, seventeen = days >= (int) (17 * 365.25) && days < PopulationBuilder.DAYS_TO_ADULTHOOD;
            assertTrue(baby || seventeen, "only the two ages given, not " + days + " days");
            if (baby) babies++;
        }
        assertEquals(CHILDREN / 2.0, babies, 3.29 * Math.sqrt(CHILDREN * 0.25), "half aged 0");
    }
}
