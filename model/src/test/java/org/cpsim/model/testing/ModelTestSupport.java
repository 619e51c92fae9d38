package org.cpsim.model.testing;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/** Small helpers for reading run results in tests. */
public final class ModelTestSupport {
    private ModelTestSupport() {}

    /** Sum of an indicator over all reported years. */
    public static double sumOverYears(RunResult r, Indicator indicator) {
        double s = 0;
        for (int p = 0; p < r.periods().size(); p++) {
            if (r.periods().get(p).kind() == Period.Kind.YEAR) s += r.value(p, indicator);
        }
        return s;
    }

    public static int firstYear(RunResult r) {
        for (int p = 0; p < r.periods().size(); p++) if (r.periods().get(p).kind() == Period.Kind.YEAR) return p;
        throw new IllegalStateException("no year");
    }

    /** Upper 0.999 quantile of the standard normal: a 1-in-1000 false alarm per assertion. */
    public static final double Z = 3.29;
}
