package org.cpsim.experiments.verification;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/**
 * Turns replications into one estimate each. Yearly periods only: monthly values would be strongly
 * autocorrelated within a run, whereas whole replications are independent, which is what the
 * t-interval needs. A replication's estimate is the plain average of its reported yearly values.
 */
public final class ReplicationEstimates {
    private ReplicationEstimates() {}

    /** Per replication, the average over reporting years of {@code indicator}. */
    public static double[] yearlyAverage(List<RunResult> runs, Indicator indicator) {
        return yearlyAverage(runs, (run, p) -> run.value(p, indicator));
    }

    /**
     * Per replication, the average over reporting years of L - lambda W (Little's law), each factor
     * from the same year, so a correct model gives differences centred on 0.
     */
    public static double[] littlesLawGap(List<RunResult> runs) {
        return yearlyAverage(runs, (run, p) -> run.value(p, Indicator.ASSESSMENTS_OPEN_MEAN)
                - run.value(p, Indicator.ASSESSMENT_ARRIVALS_PER_DAY) * run.value(p, Indicator.ASSESSMENT_TIME_IN_SYSTEM_DAYS_MEAN));
    }

    /** The per-replication yearly average of any per-period quantity; NaN propagates so it cannot pass. */
    static double[] yearlyAverage(List<RunResult> runs, ToDoubleBiFunction<RunResult, Integer> valueInPeriod) {
        double[] estimates = new double[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            RunResult run = runs.get(r);
            List<Integer> years = years(run);
            if (years.isEmpty()) throw new IllegalStateException("replication " + run.replication() + " reported no yearly periods");
            double sum = 0;
            for (int p : years) sum += valueInPeriod.applyAsDouble(run, p);
            estimates[r] = sum / years.size();
        }
        return estimates;
    }

    /** Indices of the yearly periods of a run, in order. */
    static List<Integer> years(RunResult run) {
        List<Integer> years = new ArrayList<>();
        for (int p = 0; p < run.periods().size(); p++) {
            if (run.periods().get(p).kind() == Period.Kind.YEAR) years.add(p);
        }
        return years;
    }
}
