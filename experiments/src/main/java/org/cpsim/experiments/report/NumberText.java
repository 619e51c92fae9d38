package org.cpsim.experiments.report;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a reader wants them: rounded to what the uncertainty supports (two significant figures
 * of an interval's width), with thousands separators, a true minus sign, and pounds as pounds.
 */
final class NumberText {
    static final String MINUS = "\u2212";

    private NumberText() {}

    /** Decimal places that give an interval of this width two significant figures, between 0 and 3. */
    static int decimals(double width) {
        if (!(width > 0) || Double.isInfinite(width)) return 1;
        return Math.max(0, Math.min(3, 1 - (int) Math.floor(Math.log10(width))));
    }

    /** A number with {@code decimals} places: {@code 1,234.5}, {@code −6.1}; "n/a" for NaN. */
    static String number(double v, int decimals) {
        if (Double.isNaN(v)) return "n/a";
        DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.UK));
        String s = f.format(Math.abs(v));
        if (s.matches("[0,.]+")) return s; // rounds to zero: no sign
        return v < 0 ? MINUS + s : s;
    }

    /** With an explicit sign, for differences: {@code +4.1}, {@code −6.1}. */
    static String signed(double v, int decimals) {
        String s = number(v, decimals);
        return v > 0 && !s.matches("[0,.]+") ? "+" + s : s;
    }

    /** An amount in the indicator's unit: pounds get a £ and large amounts a "m". */
    static String amount(double v, int decimals, boolean money, boolean signed) {
        if (!money) return signed ? signed(v, decimals) : number(v, decimals);
        String sign = v < 0 ? MINUS : signed && v > 0 ? "+" : "";
        return sign + "\u00a3" + number(Math.abs(v), decimals);
    }

    /** Decimals for a level (not a difference): enough for three significant figures, at most 1 above 10. */
    static int levelDecimals(double v) {
        double a = Math.abs(v);
        if (a >= 100 || Double.isNaN(a)) return 0;
        if (a >= 10) return 1;
        return 2;
    }
}
