package org.cpsim.experiments.compare;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.cpsim.experiments.output.Csv;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/**
 * What each variant costs per child-day of significant harm it avoids, against the baseline, per
 * statistical year: the paired difference in total cost over the paired reduction in harm child-days
 * (harm per 10,000 x children / 10,000), with a 95% percentile bootstrap interval over replications
 * resampled in pairs. Where the variant avoids no harm on average, the ratio means nothing and is
 * left empty.
 */
public final class CostEffectiveness {
    public static final String FILE_NAME = "cost_effectiveness.csv";
    public static final String HEADER = "period,baseline,variant,cost_diff_mean,harm_days_avoided_mean,cost_per_harm_day_avoided,ci_low,ci_high,n";
    private static final int RESAMPLES = 2000;

    private CostEffectiveness() {}

    /** One row: a variant in one year. */
    public record Row(String period, String baseline, String variant, double costDiff, double harmAvoided,
                      double costPerHarmDayAvoided, double ciLow, double ciHigh, int n) {}

    /** @param byScenario each scenario's replications, the baseline first; {@code seed} drives the bootstrap */
    public static List<Row> of(List<List<RunResult>> byScenario, long seed) {
        List<RunResult> base = byScenario.get(0);
        List<Period> periods = base.get(0).periods();
        List<Row> rows = new ArrayList<>();
        int n = base.size();
        for (List<RunResult> variant : byScenario.subList(1, byScenario.size())) {
            for (int p = 0; p < periods.size(); p++) {
                if (periods.get(p).kind() != Period.Kind.YEAR) continue;
                double[] cost = new double[n];
                double[] avoided = new double[n];
                for (int r = 0; r < n; r++) {
                    cost[r] = variant.get(r).value(p, Indicator.COST_TOTAL_GBP) - base.get(r).value(p, Indicator.COST_TOTAL_GBP);
                    avoided[r] = harmDays(base.get(r), p) - harmDays(variant.get(r), p);
                }
                double c = mean(cost), h = mean(avoided);
                double ratio = h > 0 ? c / h : Double.NaN;
                double[] ci = h > 0 ? bootstrap(cost, avoided, new MersenneTwisterFast(seed ^ (31L * p + rows.size()))) : new double[] {Double.NaN, Double.NaN};
                rows.add(new Row(periods.get(p).label(), base.get(0).scenario(), variant.get(0).scenario(), c, h, ratio, ci[0], ci[1], n));
            }
        }
        return rows;
    }

    private static double harmDays(RunResult r, int p) {
        return r.value(p, Indicator.HARM_DAYS_PER_10K) * r.value(p, Indicator.CHILDREN) / 10_000;
    }

    private static double[] bootstrap(double[] cost, double[] avoided, MersenneTwisterFast random) {
        int n = cost.length;
        double[] ratios = new double[RESAMPLES];
        int kept = 0;
        for (int b = 0; b < RESAMPLES; b++) {
            double c = 0, h = 0;
            for (int i = 0; i < n; i++) {
                int k = random.nextInt(n);
                c += cost[k];
                h += avoided[k];
            }
            if (h > 0) ratios[kept++] = c / h; // a resample that avoids no harm has no ratio
        }
        if (kept < RESAMPLES * 0.95) return new double[] {Double.NaN, Double.NaN}; // too unstable to bound
        double[] sorted = Arrays.copyOf(ratios, kept);
        Arrays.sort(sorted);
        return new double[] {sorted[(int) Math.floor(0.025 * (kept - 1))], sorted[(int) Math.ceil(0.975 * (kept - 1))]};
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    public static void write(Writer out, List<Row> rows) throws IOException {
        out.write(HEADER + "\n");
        for (Row r : rows) {
            out.write(Csv.row(Csv.text(r.period()), Csv.text(r.baseline()), Csv.text(r.variant()), Csv.number(r.costDiff()),
                    Csv.number(r.harmAvoided()), Csv.number(r.costPerHarmDayAvoided()), Csv.number(r.ciLow()), Csv.number(r.ciHigh()),
                    Integer.toString(r.n())));
        }
    }
}
