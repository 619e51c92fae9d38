package org.cpsim.model.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.model.config.CalendarConfig;
import org.cpsim.model.metrics.Period;

/**
 * The reported months and statistical years (1 April to 31 March, labelled {@code 2011-12} as in the
 * national statistics). Months are labelled {@code 2011M04} (the Eurostat/SDMX form): labelled
 * {@code 2011-04}, October to December 2009-2011 would share their labels with statistical years.
 * Periods are ordered: every month, then every year.
 */
public final class ReportingPeriods {
    private final List<Period> periods = new ArrayList<>();
    private final int months;
    private final int[] monthStartDays;

    public ReportingPeriods(CalendarConfig config, WorkingCalendar calendar) {
        this.months = config.reportingYears() * 12;
        this.monthStartDays = new int[months + 1];
        LocalDate start = config.reportingStart();
        for (int m = 0; m <= months; m++) monthStartDays[m] = calendar.dayOf(start.plusMonths(m));
        for (int m = 0; m < months; m++) {
            LocalDate s = start.plusMonths(m);
            periods.add(new Period(String.format("%04dM%02d", s.getYear(), s.getMonthValue()), Period.Kind.MONTH,
                    s, s.plusMonths(1), monthStartDays[m], monthStartDays[m + 1]));
        }
        for (int y = 0; y < config.reportingYears(); y++) {
            LocalDate s = start.plusYears(y);
            periods.add(new Period(String.format("%04d-%02d", s.getYear(), (s.getYear() + 1) % 100), Period.Kind.YEAR,
                    s, s.plusYears(1), monthStartDays[y * 12], monthStartDays[y * 12 + 12]));
        }
    }

    public List<Period> periods() { return periods; }

    public int months() { return months; }

    public int years() { return months / 12; }

}
