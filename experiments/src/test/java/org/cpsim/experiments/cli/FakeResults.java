package org.cpsim.experiments.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/** Synthetic results standing in for the model: two statistical years, value = replication + indicator ordinal / 100. */
final class FakeResults {
    static final List<Period> PERIODS = List.of(
            new Period("2011M04", Period.Kind.MONTH, LocalDate.of(2011, 4, 1), LocalDate.of(2011, 5, 1), 365, 395),
            new Period("2011-12", Period.Kind.YEAR, LocalDate.of(2011, 4, 1), LocalDate.of(2012, 4, 1), 365, 731),
            new Period("2012-13", Period.Kind.YEAR, LocalDate.of(2012, 4, 1), LocalDate.of(2013, 4, 1), 731, 1096));

    private FakeResults() {}

    static RunResult result(Scenario scenario, long seed, int replication) {
        double[][] values = new double[PERIODS.size()][Indicator.values().length];
        for (int p = 0; p < values.length; p++) {
            Arrays.fill(values[p], Double.NaN);
            for (Indicator i : Indicator.values()) {
                if (i != Indicator.SINGLE_ASSESSMENT_MEDIAN_WD) values[p][i.ordinal()] = seed + replication + p * 10 + i.ordinal() / 100.0;
            }
        }
        return new RunResult(scenario.name(), replication, PERIODS, values, 1000 + replication);
    }

    static List<RunResult> results(Scenario scenario, long seed, int replications) {
        List<RunResult> out = new ArrayList<>();
        for (int r = 0; r < replications; r++) out.add(result(scenario, seed, r));
        return out;
    }
}
