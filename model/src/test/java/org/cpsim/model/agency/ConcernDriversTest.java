package org.cpsim.model.agency;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.AgenciesConfig.ConcernTrend;
import org.cpsim.model.config.CalendarConfig;
import org.junit.jupiter.api.Test;

/** The concern factor: a compounded trend from its start, and a yearly random walk from the drift date only. */
class ConcernDriversTest {
    private static final LocalDate START = LocalDate.of(2009, 4, 1), DRIFT = LocalDate.of(2014, 4, 1);
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(new CalendarConfig(START, 10, 5, true, List.of()), 1);

    private static double day(LocalDate d) { return CALENDAR.dayOf(d); }

    @Test
    void aTrendCompoundsFromItsStartAndNotBefore() {
        ConcernDrivers d = new ConcernDrivers(CALENDAR, new MersenneTwisterFast(1));
        ConcernTrend t = new ConcernTrend(START, 0.05, DRIFT, 0);
        assertEquals(1, d.factor(t, day(START.minusYears(2))), 0);
        assertEquals(1, d.factor(t, day(START)), 0);
        assertEquals(1.05 * 1.05, d.factor(t, day(START) + 2 * 365.25), 1e-12);
    }

    @Test
    void theWalkStepsOnceAYearFromTheDriftDateOnItsOwnStream() {
        ConcernTrend t = new ConcernTrend(START, 0, DRIFT, 0.1);
        ConcernDrivers d = new ConcernDrivers(CALENDAR, new MersenneTwisterFast(7));
        assertEquals(1, d.factor(t, day(DRIFT) - 1), 0, "nothing before the drift date");
        double first = d.factor(t, day(DRIFT));
        assertNotEquals(1, first);
        assertEquals(first, d.factor(t, day(DRIFT) + 300), 0, "one step a year");
        MersenneTwisterFast same = new MersenneTwisterFast(7);
        double z1 = same.nextGaussian(), z2 = same.nextGaussian();
        assertEquals(Math.exp(0.1 * z1), first, 1e-12);
        assertEquals(Math.exp(0.1 * (z1 + z2)), d.factor(t, day(DRIFT) + 400), 1e-12, "the second year's step added");
    }

    @Test
    void withoutTrendOrDriftTheFactorIsOneAndNothingIsDrawn() {
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        ConcernDrivers d = new ConcernDrivers(CALENDAR, random);
        ConcernTrend none = new ConcernTrend(START, 0, DRIFT, 0);
        assertFalse(none.moves());
        assertEquals(1, d.factor(none, day(DRIFT) + 1000), 0);
        assertEquals(new MersenneTwisterFast(3).nextDouble(), random.nextDouble(), 0, "the stream untouched");
    }
}
