package org.cpsim.experiments.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Tick labels a reader takes in at a glance: 12,000 rather than 1.2E4, 70m rather than 7E7, and
 * pounds with a £. JFreeChart's default switches to scientific notation for large values, which no
 * policy reader should have to decode.
 */
final class AxisNumbers extends NumberFormat {
    private static final long serialVersionUID = 1L;

    private final boolean money;

    AxisNumbers(boolean money) { this.money = money; }

    @Override
    public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
        double a = Math.abs(v);
        String body;
        if (a >= 1e9) body = plain(a / 1e9) + "bn";
        else if (a >= 1e6) body = plain(a / 1e6) + "m";
        else body = plain(a);
        if (v < 0 && !body.matches("[0,.]+")) to.append(NumberText.MINUS);
        if (money) to.append('\u00a3');
        return to.append(body);
    }

    /** Up to two decimals, only as many as the value needs (tick values are round). */
    private static String plain(double v) {
        return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(v);
    }

    @Override
    public StringBuffer format(long v, StringBuffer to, FieldPosition pos) { return format((double) v, to, pos); }

    @Override
    public Number parse(String source, ParsePosition pos) { throw new UnsupportedOperationException("tick labels are only written"); }
}
