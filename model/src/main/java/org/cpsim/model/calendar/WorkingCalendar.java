package org.cpsim.model.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Set;

import org.cpsim.model.config.CalendarConfig;

/**
 * Simulation time is in days since the first simulated day (the start of the warm-up). Working time
 * advances only on working days (weekends and bank holidays off, as the scenario says), so statutory
 * timescales in working days convert to calendar time exactly. Lookups are O(1) from precomputed tables.
 */
public final class WorkingCalendar {
    private final LocalDate origin;
    private final int days;
    private final int[] workingDaysBefore;   // working days strictly before day d
    private final boolean[] working;
    private final int[] dayOfWorkingDay;     // calendar day of the k-th working day
    private final int workingDaysPerWeek;

    /** @param marginYears extra years tabulated past the reporting end, for deadlines that fall beyond it */
    public WorkingCalendar(CalendarConfig config, int marginYears) {
        this.origin = config.simulationStart();
        LocalDate last = config.reportingEnd().plusYears(marginYears);
        this.days = (int) ChronoUnit.DAYS.between(origin, last);
        Set<LocalDate> holidays = new HashSet<>(config.bankHolidays());
        this.working = new boolean[days];
        this.workingDaysBefore = new int[days + 1];
        int count = 0;
        int[] byIndex = new int[days];
        LocalDate date = origin;
        for (int d = 0; d < days; d++) {
            workingDaysBefore[d] = count;
            DayOfWeek w = date.getDayOfWeek();
            boolean weekend = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
            boolean isWorking = !(config.weekendsAreNonWorking() && weekend) && !holidays.contains(date);
            working[d] = isWorking;
            if (isWorking) byIndex[count++] = d;
            date = date.plusDays(1);
        }
        workingDaysBefore[days] = count;
        this.dayOfWorkingDay = java.util.Arrays.copyOf(byIndex, count);
        this.workingDaysPerWeek = config.weekendsAreNonWorking() ? 5 : 7;
    }

    public LocalDate origin() { return origin; }

    public int days() { return days; }

    public int workingDaysPerWeek() { return workingDaysPerWeek; }

    public int dayOf(LocalDate date) { return (int) ChronoUnit.DAYS.between(origin, date); }

    /** Working days elapsed from the origin to calendar time t (continuous). */
    public double workingTime(double t) {
        if (t <= 0) return 0;
        int d = (int) t;
        if (d >= days) return workingDaysBefore[days] + (t - days);
        return workingDaysBefore[d] + (working[d] ? t - d : 0);
    }

    /** The calendar time at which {@code w} working days have elapsed from the origin. */
    public double calendarTime(double w) {
        if (w <= 0) return firstWorkingDay();
        int k = (int) w;
        if (k >= dayOfWorkingDay.length) return days + (w - dayOfWorkingDay.length);
        return dayOfWorkingDay[k] + (w - k);
    }

    /** Calendar time reached after {@code workingDays} of working time from {@code t}. */
    public double addWorkingDays(double t, double workingDays) {
        return calendarTime(workingTime(t) + workingDays);
    }

    /** Working days between two calendar times. */
    public double workingDaysBetween(double from, double to) {
        return workingTime(to) - workingTime(from);
    }

    private double firstWorkingDay() { return dayOfWorkingDay.length > 0 ? dayOfWorkingDay[0] : 0; }
}
