package org.cpsim.experiments.compare;

import java.io.IOException;
import java.io.Writer;

import org.cpsim.experiments.output.Csv;

/** {@code comparison.csv}: a row per variant, period (months and years) and indicator: variant - baseline, paired. */
public final class ComparisonCsv {
    public static final String FILE_NAME = "comparison.csv";
    public static final String HEADER = "indicator,period,baseline,variant,baseline_mean,variant_mean,diff_mean,diff_ci_low,diff_ci_high,n";

    private ComparisonCsv() {}

    public static void write(Writer out, Comparison c) throws IOException {
        out.write(HEADER + "\n");
        for (PairedDifference d : c.differences()) {
            out.write(Csv.row(d.indicator().id(), Csv.text(d.period()), Csv.text(d.baseline()), Csv.text(d.variant()),
                    Csv.number(d.baselineMean()), Csv.number(d.variantMean()), Csv.number(d.difference().mean()),
                    Csv.number(d.difference().ciLow()), Csv.number(d.difference().ciHigh()), Integer.toString(d.difference().n())));
        }
    }
}
