package org.cpsim.experiments.calibration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well one indicator fits over its years: the mean absolute percentage error (MAPE) of the
 * simulated mean, the share of years whose observed figure lies in the simulated 95% interval
 * (coverage), and the worst year's error.
 */
public record IndicatorFit(String indicator, int years, int within, double mapePercent, double worstPercent, String worstYear) {

    /** The share of years whose observed figure lies in the simulated 95% interval. */
    public double coverage() { return years == 0 ? Double.NaN : (double) within / years; }

    /** One summary per indicator, in the order the rows first name them. */
    public static List<IndicatorFit> of(List<FitRow> rows) {
        Map<String, List<FitRow>> byIndicator = new LinkedHashMap<>();
        for (FitRow r : rows) byIndicator.computeIfAbsent(r.indicator(), k -> new ArrayList<>()).add(r);
        List<IndicatorFit> out = new ArrayList<>();
        for (var e : byIndicator.entrySet()) {
            double sum = 0, worst = -1;
            String worstYear = "";
            int n = 0, within = 0;
            for (FitRow r : e.getValue()) {
                if (r.withinInterval()) within++;
                if (Double.isNaN(r.relativeError())) continue;
                double a = 100 * Math.abs(r.relativeError());
                sum += a;
                n++;
                if (a > worst) { worst = a; worstYear = r.year(); }
            }
            int years = e.getValue().size();
            out.add(new IndicatorFit(e.getKey(), years, within, n == 0 ? Double.NaN : sum / n,
                    n == 0 ? Double.NaN : worst, worstYear));
        }
        return out;
    }
}
