package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;
import static org.cpsim.model.metrics.Period.Kind.MONTH;
import static org.cpsim.model.metrics.Period.Kind.YEAR;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodLabelsTest {
    @Test
    void aLabelsFormTellsMonthFromYearEvenForDecember() {
        // December 2011 is 2011M12; the statistical year April 2011 to March 2012 is 2011-12.
        assertEquals(List.of(MONTH, MONTH, YEAR, YEAR), PeriodLabels.classify(List.of("2011M12", "2012M01", "2011-12", "2012-13")));
        assertEquals(List.of(YEAR, YEAR, YEAR), PeriodLabels.classify(List.of("2011-12", "2012-13", "2013-14")));
        assertFalse(PeriodLabels.couldBeMonth("2011-12"));
        assertFalse(PeriodLabels.couldBeYear("2011M12"));
    }

    @Test
    void aStatisticalYearIsCentredOnItsFirstCalendarYear() {
        assertEquals(2011.0, PeriodLabels.x("2011-12", YEAR));
        assertEquals(2010.5, PeriodLabels.x(LocalDate.of(2011, 4, 1)), 1e-9);
        assertEquals(2010.42, PeriodLabels.x(LocalDate.of(2011, 3, 1)), 0.01, "March 2011 is near the end of 2010-11");
        double april = PeriodLabels.x("2011M04", MONTH);
        assertTrue(april > 2010.5 && april < 2010.6, "a month sits at its middle: " + april);
        assertTrue(Double.isNaN(PeriodLabels.x("2011M13", MONTH)));
    }

    @Test
    void ticksAreLabelledAsYears() {
        assertEquals("2011-12", PeriodLabels.tickFormat().format(2011.0));
        assertEquals("1999-00", PeriodLabels.tickFormat().format(1999.0));
        assertEquals("", PeriodLabels.tickFormat().format(2011.5), "no label between years");
    }
}
