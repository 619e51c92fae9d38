package org.cpsim.experiments.sensitivity;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.cpsim.experiments.output.Csv;

/** {@code sensitivity.csv}: one row per outcome, parameter and index, with its bootstrap 95% interval and rank. */
public final class SensitivityCsv {
    public static final String FILE_NAME = "sensitivity.csv";
    public static final String HEADER = "outcome,parameter,method,index,value,ci_low,ci_high,rank";

    private SensitivityCsv() {}

    public static void write(Writer out, List<SensitivityIndex> rows) throws IOException {
        out.write(HEADER + "\n");
        for (SensitivityIndex r : rows) {
            out.write(Csv.row(r.outcome(), Csv.text(r.parameter()), r.method(), r.index(), Csv.number(r.value()), Csv.number(r.ciLow()),
                    Csv.number(r.ciHigh()), r.rank() == 0 ? "" : Integer.toString(r.rank())));
        }
    }
}
