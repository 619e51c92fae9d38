package org.cpsim.experiments.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.cpsim.model.metrics.Period;

/** The headline differences of a comparison: chosen indicators in one statistical year, for every variant. */
final class Headlines {
    /** Rows a one-page brief's table and chart can hold. */
    static final int MAX_ROWS = 8;

    private Headlines() {}

    /** Differences for the indicators in order, each for every variant, up to {@code max} rows; rows without a mean are left out. */
    static List<Difference> differences(ComparisonTable comparison, List<String> indicators, String year, int max) {
        List<Difference> out = new ArrayList<>();
        for (String indicator : indicators) {
            for (String variant : comparison.variants()) {
                Optional<Difference> d = comparison.find(indicator, year, Period.Kind.YEAR, variant);
                if (d.isPresent() && !Double.isNaN(d.get().difference().mean()) && out.size() < max) out.add(d.get());
            }
        }
        return out;
    }
}
