package org.cpsim.experiments.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYLineAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * A fit by authority: one point per authority and year, the observed figure across, the simulated mean
 * up, with the simulated 95% interval as a bar and the line where the two are equal. Both axes have the
 * same range, so distance from the line reads as error at a glance; a count is drawn as the rate per
 * 10,000 children it was compared as, so authorities of every size share one scale.
 */
final class AuthorityFitChart {
    /** What a count's id gains in a fit by authority (calibration.AuthorityFit.PER_10K). */
    static final String PER_10K = "_per_10k";

    private AuthorityFitChart() {}

    static JFreeChart create(String indicator, List<FitTable.Point> points) {
        Map<String, YIntervalSeries> byYear = new LinkedHashMap<>();
        List<FitTable.Point> sorted = new ArrayList<>(points);
        sorted.sort((a, b) -> a.year().compareTo(b.year()));
        double min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
        int within = 0, compared = 0;
        List<Double> errors = new ArrayList<>();
        for (FitTable.Point p : sorted) {
            Estimate s = p.simulated();
            if (Double.isNaN(p.observed()) || Double.isNaN(s.mean())) continue;
            double low = s.hasInterval() ? s.low() : s.mean(), high = s.hasInterval() ? s.high() : s.mean();
            byYear.computeIfAbsent(p.year(), y -> new YIntervalSeries(y, false, true)).add(p.observed(), s.mean(), low, high);
            // The range follows the points, not the bars: with few replications a small authority's
            // interval is wide enough to squash every point into a corner.
            min = Math.min(min, Math.min(p.observed(), s.mean()));
            max = Math.max(max, Math.max(p.observed(), s.mean()));
            compared++;
            if (p.withinInterval()) within++;
            if (!Double.isNaN(p.relativeError())) errors.add(Math.abs(p.relativeError()));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (YIntervalSeries s : byYear.values()) data.addSeries(s);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorPaint(ChartStyle.GRID.darker());
        for (int i = 0; i < byYear.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesShape(i, ChartStyle.shape(i));
        }
        String base = indicator.endsWith(PER_10K) ? indicator.substring(0, indicator.length() - PER_10K.length()) : indicator;
        String unit = indicator.endsWith(PER_10K) ? "per 10,000 children" : IndicatorText.axisLabel(base);
        NumberAxis observed = ChartStyle.valueAxis("Observed (" + unit + ")", false);
        NumberAxis simulated = ChartStyle.valueAxis("Simulated (" + unit + ")", false);
        if (min < max) {
            double pad = 0.05 * (max - min);
            // Rates, counts and shares are never negative: start at zero when the points allow.
            double from = min >= 0 ? Math.max(0, min - pad) : min - pad;
            observed.setRange(from, max + pad);
            simulated.setRange(from, max + pad);
        }
        XYPlot plot = new XYPlot(data, observed, simulated, renderer);
        if (min < max) plot.addAnnotation(new XYLineAnnotation(Math.min(0, min), Math.min(0, min), 2 * max, 2 * max, ChartStyle.ZERO_LINE, ChartStyle.MUTED));
        JFreeChart chart = new JFreeChart(IndicatorText.title(base) + " by authority", ChartStyle.TITLE, plot, true);
        errors.sort(Double::compare);
        double median = errors.isEmpty() ? Double.NaN
                : errors.size() % 2 == 1 ? errors.get(errors.size() / 2) : (errors.get(errors.size() / 2 - 1) + errors.get(errors.size() / 2)) / 2;
        return ChartStyle.finish(chart, String.format(Locale.ROOT,
                "Observed against simulated, one point per authority and year: %d of %d inside the simulated 95%% interval; median error %.1f%%",
                within, compared, 100 * median));
    }
}
