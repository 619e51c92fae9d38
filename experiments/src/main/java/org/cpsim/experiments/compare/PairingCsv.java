package org.cpsim.experiments.compare;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.cpsim.experiments.output.Csv;

/**
 * {@code pairing.csv}: for the headline indicators, the 95% interval half-width of the difference
 * with replications paired (common random numbers) and as if they were independent (Welch), and
 * how many times narrower pairing makes it.
 */
public final class PairingCsv {
    public static final String FILE_NAME = "pairing.csv";
    public static final String HEADER = "indicator,period,baseline,variant,paired_half_width,unpaired_half_width,narrowing";

    private PairingCsv() {}

    public static void write(Writer out, List<PairedDifference> differences) throws IOException {
        out.write(HEADER + "\n");
        for (PairedDifference d : differences) {
            out.write(Csv.row(d.indicator().id(), Csv.text(d.period()), Csv.text(d.baseline()), Csv.text(d.variant()),
                    Csv.number(d.pairedHalfWidth()), Csv.number(d.unpairedHalfWidth()), Csv.number(d.narrowing())));
        }
    }
}
