package org.cpsim.experiments.stats;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

/** Sweep intervals for rates and percentages stay in range (issue 16), and are the t interval where it already does. */
class BoundedIntervalTest {
    @Test
    void aRareEventsIntervalNeverGoesBelowZero() {
        Summary t = Summary.of(new double[] {0, 0, 0, 8});
        assertTrue(t.ciLow() < 0, "the Student-t interval would: " + t);
        Summary b = BoundedInterval.nonNegative(t);
        assertTrue(b.ciLow() > 0 && b.ciLow() < b.mean() && b.ciHigh() > b.mean(), b.toString());
        assertEquals(t.mean(), b.mean());
        assertEquals(0, BoundedInterval.nonNegative(Summary.of(new double[] {0, 0, 0})).ciLow());
    }

    @Test
    void aPercentageIntervalStaysBetweenZeroAndAHundred() {
        Summary t = Summary.of(new double[] {100, 100, 99, 88});
        assertTrue(t.ciHigh() > 100, "the Student-t interval would: " + t);
        Summary b = BoundedInterval.percentage(t);
        assertTrue(b.ciHigh() < 100 && b.ciLow() > 0 && b.ciLow() < b.mean() && b.ciHigh() > b.mean(), b.toString());
    }

    @Test
    void anIntervalAlreadyInRangeIsTheStudentT() {
        Summary t = Summary.of(new double[] {410, 422, 431, 418});
        assertSame(t, BoundedInterval.nonNegative(t));
        Summary p = Summary.of(new double[] {40, 45, 50});
        assertSame(p, BoundedInterval.percentage(p));
    }
}
