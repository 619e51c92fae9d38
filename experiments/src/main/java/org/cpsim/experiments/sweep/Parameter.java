package org.cpsim.experiments.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

import org.cpsim.experiments.io.Origin;

/**
 * A scenario value a sweep varies: its dotted path, whether policy controls it (a lever) or nobody
 * does (an uncertainty, in the EMA Workbench's sense), and the values it may take.
 *
 * @param origin where the parameter is written in the sweep file (its values' errors point there)
 */
public record Parameter(String path, Kind kind, Domain domain, Origin origin) {

    public enum Kind {
        LEVER, UNCERTAINTY;

        public String spelling() { return name().toLowerCase(Locale.ROOT); }
    }

    /** The values a parameter may take. */
    public sealed interface Domain permits Values, Range, Unrestricted {

        /** The value at u in [0, 1): for an LHS stratum, a Morris level, a Sobol' coordinate. */
        String at(double u);
    }

    /** A list of values, numbers or names (e.g. {@code [prescribed, local_framework]}), as YAML text. */
    public record Values(List<String> values) implements Domain {
        public Values {
            values = List.copyOf(values);
        }

        @Override
        public String at(double u) { return values.get(Math.min(values.size() - 1, (int) Math.floor(u * values.size()))); }
    }

    /**
     * A continuous range.
     *
     * @param levels evenly spaced values from min to max in a grid design; 0 when not given
     * @param whole  rounded to whole numbers (for whole-number fields such as caseloads)
     */
    public record Range(double min, double max, int levels, boolean whole) implements Domain {
        /** Significant digits a sampled value is written with: the value run is exactly the value shown. */
        private static final MathContext DIGITS = new MathContext(8);

        @Override
        public String at(double u) { return text(min + u * (max - min)); }

        /** Level i of {@link #levels}, from min (i = 0) to max. */
        public String level(int i) { return text(i == levels - 1 ? max : min + i * (max - min) / (levels - 1)); }

        public boolean contains(double v) { return v >= min && v <= max; }

        /** Where a value lies in the range, 0 at min and 1 at max. */
        public double unit(double v) { return (v - min) / (max - min); }

        String text(double v) {
            if (whole) return Long.toString(Math.round(v));
            BigDecimal d = new BigDecimal(v).round(DIGITS).stripTrailingZeros();
            return d.signum() == 0 ? "0" : d.toPlainString();
        }
    }

    /** Any value: a list design may set the parameter to whatever its points say. */
    public record Unrestricted() implements Domain {
        @Override
        public String at(double u) { throw new UnsupportedOperationException("a parameter with no values or range cannot be sampled"); }
    }
}
