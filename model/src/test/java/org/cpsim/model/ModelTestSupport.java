package org.cpsim.model;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/** Small helpers for reading run results in tests. */
final class ModelTestSupport {
    private ModelTestSupport() {}

    /** Sum of an indicator over all reported years. */
    static double sumOverYears(RunResult r, Indicator indicator) {
        double s = 0;
        for (int p = 0; p < r.periods().size(); p++) {
            if (r.periods().get(p).kind() == Period.Kind.YEAR) s += r.value(p, indicator);
        }
        return s;
    }

    static int firstYear(RunResult r) {
        for (int p = 0; p < r.periods().size(); p++) if (r.periods().get(p).kind() == Period.Kind.YEAR) return p;
        throw new IllegalStateException("no year");
    }

    /** Upper 0.999 quantile of the standard normal: a 1-in-1000 false alarm per assertion. */
    static final double Z = 3.29;
}
