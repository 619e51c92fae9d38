package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;
import static org.cpsim.model.metrics.Period.Kind.MONTH;
import static org.cpsim.model.metrics.Period.Kind.YEAR;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class PeriodLabelsTest {
    @Test
    void monthsComeFirstSoDecemberAndTheYearCanShareALabel() {
        // A one-year run from April 2011: months 2011-04 .. 2012-03, then the year 2011-12.
        List<String> labels = new java.util.ArrayList<>();
        for (int m = 4; m <= 12; m++) labels.add(String.format("2011-%02d", m));
        for (int m = 1; m <= 3; m++) labels.add(String.format("2012-%02d", m));
        labels.add("2011-12");
        List<org.cpsim.model.metrics.Period.Kind> kinds = PeriodLabels.classify(labels);
        assertEquals(MONTH, kinds.get(8), "2011-12 among the months is December");
        assertEquals(YEAR, kinds.get(12), "2011-12 after the months is the statistical year");
        assertEquals(12, kinds.stream().filter(k -> k == MONTH).count());
    }

    @Test
    void monthsEndWhereTheCalendarStopsRunningOn() {
        assertEquals(List.of(MONTH, MONTH, YEAR, YEAR), PeriodLabels.classify(List.of("2012-02", "2012-03", "2011-12", "2012-13")));
    }

    @Test
    void yearsAloneAreYearsEvenWhenTheFirstCouldBeAMonth() {
        assertEquals(List.of(YEAR, YEAR, YEAR), PeriodLabels.classify(List.of("2011-12", "2012-13", "2013-14")));
        assertEquals(List.of(YEAR), PeriodLabels.classify(List.of("2011-12")));
    }

    @Test
    void aStatisticalYearIsCentredOnItsFirstCalendarYear() {
        assertEquals(2011.0, PeriodLabels.x("2011-12", YEAR));
        assertEquals(2010.5, PeriodLabels.x(LocalDate.of(2011, 4, 1)), 1e-9);
        assertEquals(2010.42, PeriodLabels.x(LocalDate.of(2011, 3, 1)), 0.01, "March 2011 is near the end of 2010-11");
        double april = PeriodLabels.x("2011-04", MONTH);
        assertTrue(april > 2010.5 && april < 2010.6, "a month sits at its middle: " + april);
        assertTrue(Double.isNaN(PeriodLabels.x("2011-13", MONTH)));
    }

    @Test
    void ticksAreLabelledAsYears() {
        assertEquals("2011-12", PeriodLabels.tickFormat().format(2011.0));
        assertEquals("1999-00", PeriodLabels.tickFormat().format(1999.0));
        assertEquals("", PeriodLabels.tickFormat().format(2011.5), "no label between years");
    }
}
