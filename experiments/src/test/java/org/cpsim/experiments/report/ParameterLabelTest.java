package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class ParameterLabelTest {
    @Test
    void aPathReadsAsItsSectionAndItsNameInWords() {
        assertEquals("Early help: places per 10k children", ParameterLabel.of("earlyHelp.placesPer10kChildren"));
        assertEquals("Turnover: base annual leaving probability", ParameterLabel.of("workforce.turnover.baseAnnualLeavingProbability"));
        assertEquals("Assessment: regime", ParameterLabel.of("assessment.regime"));
        assertEquals("Agencies: contacts per child per year", ParameterLabel.of("agencies.agencies[1].contactsPerChildPerYear"));
    }
}
