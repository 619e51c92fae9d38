package org.cpsim.experiments.replay;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.cpsim.experiments.compare.Comparison;
import org.cpsim.experiments.compare.ComparisonCsv;
import org.cpsim.experiments.compare.PairedDifference;
import org.cpsim.experiments.output.Csv;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;

/**
 * What a reader of a replay asks first: did the trial change how long assessments took, how soon
 * children were helped, how often they came back, the harm they suffered, and the social workers'
 * caseloads and turnover, in the years the trial ran. {@code headline.csv} holds these rows for every
 * authority and the pool, the compare columns with the authority first.
 */
public final class ReplayHeadline {
    public static final String FILE_NAME = "headline.csv";
    public static final String HEADER = "authority," + ComparisonCsv.HEADER;
    public static final List<Indicator> INDICATORS = List.of(Indicator.SINGLE_ASSESSMENT_MEDIAN_WD, Indicator.NEED_TO_HELP_DAYS_MEDIAN,
            Indicator.RE_REFERRALS_WITHIN_12M_PCT, Indicator.HARM_DAYS_PER_10K, Indicator.SW_CASELOAD_MEAN, Indicator.SW_TURNOVER_RATE_FTE_PCT);

    /** One authority's (or the pool's) headline differences. */
    public record Rows(String authority, List<Period> years, List<PairedDifference> differences) {
        public Rows {
            years = List.copyOf(years);
            differences = List.copyOf(differences);
        }

        /** The difference for an indicator in a year, or null when that year is not a trial year here. */
        public PairedDifference get(Indicator indicator, Period year) {
            for (PairedDifference d : differences) if (d.indicator() == indicator && d.period().equals(year.label())) return d;
            return null;
        }
    }

    private ReplayHeadline() {}

    /**
     * The headline indicators in the years that pass {@code trialYear}, year by year. Read by position,
     * not label (reading the kind, not the form of the label).
     */
    public static Rows select(String authority, Comparison comparison, Predicate<Period> trialYear) {
        if (comparison.variants().size() != 1) throw new IllegalArgumentException("a replay compares one trial with its counterfactual");
        int perPeriod = Indicator.values().length;
        List<Period> years = new ArrayList<>();
        List<PairedDifference> out = new ArrayList<>();
        for (int p = 0; p < comparison.periods().size(); p++) {
            Period period = comparison.periods().get(p);
            if (period.kind() != Period.Kind.YEAR || !trialYear.test(period)) continue;
            years.add(period);
            for (Indicator i : INDICATORS) out.add(comparison.differences().get(p * perPeriod + i.ordinal()));
        }
        return new Rows(authority, years, out);
    }

    public static void write(Writer out, List<Rows> all) throws IOException {
        out.write(HEADER + "\n");
        for (Rows rows : all) {
            for (PairedDifference d : rows.differences()) {
                out.write(Csv.row(Csv.text(rows.authority()), d.indicator().id(), Csv.text(d.period()), Csv.text(d.baseline()), Csv.text(d.variant()),
                        Csv.number(d.baselineMean()), Csv.number(d.variantMean()), Csv.number(d.difference().mean()),
                        Csv.number(d.difference().ciLow()), Csv.number(d.difference().ciHigh()), Integer.toString(d.difference().n())));
            }
        }
    }
}
