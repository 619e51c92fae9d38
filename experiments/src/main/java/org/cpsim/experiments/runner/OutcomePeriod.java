package org.cpsim.experiments.runner;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/** Which reported period an outcome of a sweep is read from: a single number per run (Serializable, as part of {@link Outcomes}). */
public sealed interface OutcomePeriod extends Serializable {

    /** How a sweep file spells it. */
    String spelling();

    /** The indicator's value in one run (NaN when there is nothing to measure). */
    double value(RunResult run, Indicator indicator);

    /** The last statistical year reported. */
    record LastYear() implements OutcomePeriod {
        @Override public String spelling() { return "last_year"; }

        @Override
        public double value(RunResult run, Indicator indicator) {
            for (int p = run.periods().size() - 1; p >= 0; p--) {
                if (run.periods().get(p).kind() == Period.Kind.YEAR) return run.value(p, indicator);
            }
            throw new IllegalStateException("run " + run.replication() + " of " + run.scenario() + " reports no statistical year");
        }
    }

    /** The mean over the reported statistical years that have a value. */
    record MeanOfYears() implements OutcomePeriod {
        @Override public String spelling() { return "mean_of_years"; }

        @Override
        public double value(RunResult run, Indicator indicator) {
            double sum = 0;
            int n = 0;
            for (int p = 0; p < run.periods().size(); p++) {
                if (run.periods().get(p).kind() != Period.Kind.YEAR) continue;
                double v = run.value(p, indicator);
                if (!Double.isNaN(v)) { sum += v; n++; }
            }
            return n == 0 ? Double.NaN : sum / n;
        }
    }

    /** One statistical year, labelled as in the national statistics ({@code 2015-16}). */
    record Year(String label) implements OutcomePeriod {
        static final Pattern LABEL = Pattern.compile("\\d{4}-\\d{2}");

        @Override public String spelling() { return label; }

        @Override
        public double value(RunResult run, Indicator indicator) { return run.value(label, indicator); }
    }

    /** The spellings accepted, for error messages. */
    String EXPECTED = "last_year, mean_of_years or a statistical year such as 2015-16";

    /** Parses a sweep file's {@code period}; null if it is none of {@link #EXPECTED}. */
    static OutcomePeriod parse(String text) {
        if (text.equals("last_year")) return new LastYear();
        if (text.equals("mean_of_years")) return new MeanOfYears();
        if (Year.LABEL.matcher(text).matches()) return new Year(text);
        return null;
    }

    /** Whether a run reporting these periods has this one. */
    default boolean reportedIn(List<Period> periods) {
        if (!(this instanceof Year y)) return periods.stream().anyMatch(p -> p.kind() == Period.Kind.YEAR);
        return periods.stream().anyMatch(p -> p.kind() == Period.Kind.YEAR && p.label().equals(y.label()));
    }
}
