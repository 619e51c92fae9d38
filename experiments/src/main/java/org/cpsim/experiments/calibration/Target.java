package org.cpsim.experiments.calibration;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/**
 * One observed figure the model is compared with: an indicator of the observed file in one
 * statistical year, and how to read the same quantity from a run.
 *
 * @param indicator        the id as the observed file spells it
 * @param model            the model's indicator that measures it
 * @param nationalChildren for a count: the observed child population it is scaled to (see {@link #simulated}); NaN for
 *                         a rate, share or mean, compared as it is
 * @param line             the observed row's line, for messages
 */
public record Target(String indicator, String year, double observed, Indicator model, double nationalChildren, String file, int line) {

    public boolean isCount() { return !Double.isNaN(nationalChildren); }

    /**
     * The run's value of this figure. A national count is the simulated authority's count scaled from
     * its children to the observed national child population: count x national children / simulated children.
     */
    public double simulated(RunResult run) {
        int p = yearIndex(run, year);
        double v = run.value(p, model);
        if (!isCount()) return v;
        double children = run.value(p, Indicator.CHILDREN);
        return children > 0 ? v * nationalChildren / children : Double.NaN;
    }

    /**
     * The statistical year's period. Looked up by kind as well as label: the months {@code 2009-10} (October 2009)
     * to {@code 2011-12} (December 2011) share their labels with the statistical years 2009-10 to 2011-12.
     */
    static int yearIndex(RunResult run, String year) {
        for (int p = 0; p < run.periods().size(); p++) {
            Period period = run.periods().get(p);
            if (period.kind() == Period.Kind.YEAR && period.label().equals(year)) return p;
        }
        throw new IllegalArgumentException("the run reports no statistical year " + year);
    }

    /** {@code referrals 2012-13}, for messages and keys. */
    public String label() { return indicator + " " + year; }
}
