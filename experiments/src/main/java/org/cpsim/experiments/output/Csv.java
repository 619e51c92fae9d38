package org.cpsim.experiments.output;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The spelling of values in cpsim's CSV files, fixed so the same results give byte-identical files. */
public final class Csv {
    /** Decimal places kept: far below any difference that matters, above floating-point noise. */
    public static final int DECIMALS = 6;

    private Csv() {}

    /**
     * A number rounded to {@value #DECIMALS} decimal places with trailing zeros dropped ({@code 12},
     * {@code 0.333333}); empty for NaN (nothing to measure), so spreadsheets and R read it as missing.
     */
    public static String number(double v) {
        if (Double.isNaN(v)) return "";
        if (Double.isInfinite(v)) return v > 0 ? "Inf" : "-Inf";
        BigDecimal d = BigDecimal.valueOf(v).setScale(DECIMALS, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) return "0";
        return d.toPlainString();
    }

    /** A text field, quoted only when it must be (RFC 4180). */
    public static String text(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    public static String row(String... fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) b.append(',');
            b.append(fields[i]);
        }
        return b.append('\n').toString();
    }
}
