package org.cpsim.experiments.report;

import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpsim.model.metrics.Period;

/**
 * Reading period labels back from CSV, and placing periods and policy dates on one time axis.
 *
 * <p>Months are labelled {@code 2011M04} and statistical years {@code 2011-12}, so a label's form
 * tells its kind.
 *
 * <p>On the time axis, statistical year {@code Y-(Y+1)} is centred on the number {@code Y} (its middle,
 * 1 October Y), so integer ticks carry year labels and a date falls where it belongs within its year.
 */
final class PeriodLabels {
    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})M(\\d{2})");

    private PeriodLabels() {}

    /** A statistical-year label: {@code 2011-12}, the second part being the year after the first. */
    static boolean couldBeYear(String label) {
        Matcher m = LABEL.matcher(label);
        return m.matches() && Integer.parseInt(m.group(2)) == (Integer.parseInt(m.group(1)) + 1) % 100;
    }

    static boolean couldBeMonth(String label) {
        Matcher m = MONTH.matcher(label);
        if (!m.matches()) return false;
        int month = Integer.parseInt(m.group(2));
        return month >= 1 && month <= 12;
    }

    /** The kind of each label: a month ({@code 2011M04}) or else a statistical year. */
    static List<Period.Kind> classify(List<String> labels) {
        List<Period.Kind> kinds = new ArrayList<>(labels.size());
        for (String label : labels) kinds.add(couldBeMonth(label) ? Period.Kind.MONTH : Period.Kind.YEAR);
        return kinds;
    }

    private static YearMonth month(String label) {
        Matcher m = MONTH.matcher(label);
        if (!m.matches()) throw new IllegalArgumentException(label);
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** Where a date sits on the time axis. */
    static double x(LocalDate date) {
        int y = date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
        LocalDate start = LocalDate.of(y, 4, 1);
        double length = ChronoUnit.DAYS.between(start, start.plusYears(1));
        return y - 0.5 + ChronoUnit.DAYS.between(start, date) / length;
    }

    /** Where a period's middle sits on the time axis; NaN for a label that is neither form. */
    static double x(String label, Period.Kind kind) {
        if (kind == Period.Kind.YEAR) return couldBeYear(label) ? Integer.parseInt(label.substring(0, 4)) : Double.NaN;
        if (!couldBeMonth(label)) return Double.NaN;
        LocalDate start = month(label).atDay(1);
        return (x(start) + x(start.plusMonths(1))) / 2;
    }

    /** The year label of a statistical year given by its first calendar year. */
    static String yearLabel(int firstYear) { return String.format("%04d-%02d", firstYear, (firstYear + 1) % 100); }

    /** The year a year label starts in, for sorting; -1 if it is not one. */
    static int firstYear(String label) { return couldBeYear(label) ? Integer.parseInt(label.substring(0, 4)) : -1; }

    /** Tick labels for the time axis: {@code 2011-12} at 2011. */
    static NumberFormat tickFormat() { return new YearTicks(); }

    private static final class YearTicks extends NumberFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            long y = Math.round(number);
            return Math.abs(number - y) < 1e-6 ? to.append(yearLabel((int) y)) : to;
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) { return to.append(yearLabel((int) number)); }

        @Override
        public Number parse(String source, ParsePosition pos) { throw new UnsupportedOperationException("tick labels are only written"); }
    }
}
