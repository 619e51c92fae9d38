package org.cpsim.experiments.calibration;

import org.apache.commons.math3.distribution.TDistribution;
import org.cpsim.experiments.stats.Summary;

/**
 * One line of {@code fit.csv}: an observed figure beside the simulated mean over replications and the
 * simulated 95% interval. The interval is where one more replication would fall (Student-t prediction
 * interval, mean +- t sd sqrt(1 + 1/n)), not the narrower confidence interval of the mean: an observed
 * figure is one realisation, as a replication is, so it is the range an observed figure should lie in
 * if the model is right.
 *
 * @param relativeError (simulated mean - observed) / observed
 */
public record FitRow(String indicator, String year, double observed, double simulatedMean, double intervalLow, double intervalHigh,
                     double relativeError, boolean withinInterval) {

    public static final String HEADER = "indicator,year,observed,sim_mean,sim_ci_low,sim_ci_high,rel_error,within_interval";

    public static FitRow of(Target target, double[] replications) {
        Summary s = Summary.of(replications);
        double low = Double.NaN, high = Double.NaN;
        if (s.n() >= 2) {
            double half = new TDistribution(null, s.n() - 1).inverseCumulativeProbability(0.975) * s.sd() * Math.sqrt(1 + 1.0 / s.n());
            low = s.mean() - half;
            high = s.mean() + half;
        } else if (s.n() == 1) {
            low = high = s.mean();
        }
        double observed = target.observed();
        double rel = observed != 0 ? (s.mean() - observed) / Math.abs(observed) : Double.NaN;
        boolean within = !Double.isNaN(low) && observed >= low && observed <= high;
        return new FitRow(target.indicator(), target.year(), observed, s.mean(), low, high, rel, within);
    }

    /**
     * The same row with its interval widened by a model discrepancy of sd {@code extraSdLog} on the log scale
     * (what a pooled calibration finds between the authorities' figures and the model beyond counting noise):
     * each side's distance from the mean, on the log scale, combined in quadrature with 1.96 x that sd. A side
     * at or below 0 stays where it is (no log). 0 returns the row itself.
     */
    public FitRow withDiscrepancy(double extraSdLog) {
        if (extraSdLog == 0 || !(simulatedMean > 0) || Double.isNaN(intervalHigh)) return this;
        double z = 1.959963984540054 * extraSdLog;
        double high = simulatedMean * Math.exp(Math.hypot(Math.log(intervalHigh / simulatedMean), z));
        double low = intervalLow > 0 ? simulatedMean * Math.exp(-Math.hypot(Math.log(simulatedMean / intervalLow), z)) : intervalLow;
        boolean within = observed >= low && observed <= high;
        return new FitRow(indicator, year, observed, simulatedMean, low, high, relativeError, within);
    }
}
