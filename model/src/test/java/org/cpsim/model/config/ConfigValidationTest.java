package org.cpsim.model.config;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The new scenario parameters are validated where they are declared, naming the field. */
class ConfigValidationTest {

    @Test
    void stepDownIsOnlyForDecisionsThatCloseACase() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> new EarlyHelpConfig(60, 0.7, 20, 1, 26, 0.5, List.of(Band.EARLY_HELP, Band.SOCIAL_CARE)));
        assertEquals("stepDownBands[1]", e.field());
        assertDoesNotThrow(() -> new EarlyHelpConfig(60, 0.7, 20, 1, 26, 0.5, List.of(Band.NO_FURTHER_ACTION, Band.EARLY_HELP)));
        assertEquals("episodeShape", assertThrows(ConfigException.class,
                () -> new EarlyHelpConfig(60, 0.7, 20, 0, 26, 0.5, List.of())).field());
    }

    @Test
    void startingAgesAreNoneOrEighteenSharesAddingToOne() {
        PopulationConfig.RiskFactorsConfig risks = new PopulationConfig.RiskFactorsConfig(0.1, 0.1, 0.1, 2);
        List<Double> seventeen = Collections.nCopies(17, 1.0 / 17);
        assertEquals("startingAgeShares", assertThrows(ConfigException.class,
                () -> new PopulationConfig(1000, List.of(1.0), seventeen, 55.6, 0.2, risks)).field());
        List<Double> eighteen = Collections.nCopies(18, 1.0 / 18);
        assertEquals(18, new PopulationConfig(1000, List.of(1.0), eighteen, 55.6, 0.2, risks).startingAgeShares().size());
        assertEquals(List.of(), new PopulationConfig(1000, List.of(1.0), List.of(), 55.6, 0.2, risks).startingAgeShares());
    }

    @Test
    void bandsAreOrderedByConcern() {
        Thresholds t = new Thresholds(0.5, 1.5, 2.5);
        assertEquals(Band.NO_FURTHER_ACTION, t.band(0.49));
        assertEquals(Band.EARLY_HELP, t.band(0.5));
        assertEquals(Band.SOCIAL_CARE, t.band(2.49));
        assertEquals(Band.CHILD_PROTECTION, t.band(2.5));
        assertTrue(Band.CHILD_PROTECTION.atLeast(Band.SOCIAL_CARE));
        assertFalse(Band.EARLY_HELP.atLeast(Band.SOCIAL_CARE));
    }
}
