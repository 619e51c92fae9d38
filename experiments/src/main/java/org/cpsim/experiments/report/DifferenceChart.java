package org.cpsim.experiments.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Chart (b): paired differences between options, a dot and its 95% interval per indicator, on a
 * horizontal scale with a line at zero (no difference). When the indicators share a unit the scale is
 * that unit; otherwise each difference is shown as a percentage of the baseline's mean, so that days,
 * rates and pounds can sit on one scale (the table beside it gives them in their own units).
 */
final class DifferenceChart {
    /** Vertical offset between variants on the same indicator row. */
    private static final double DODGE = 0.22;

    private DifferenceChart() {}

    static JFreeChart create(List<Difference> rows) {
        List<String> indicators = new ArrayList<>(distinct(rows, Difference::indicator));
        List<String> variants = new ArrayList<>(distinct(rows, Difference::variant));
        Set<String> units = distinct(rows, d -> IndicatorText.differenceUnit(d.indicator()) + (IndicatorText.isMoney(d.indicator()) ? "GBP" : ""));
        boolean relative = units.size() > 1;
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (int v = 0; v < variants.size(); v++) {
            YIntervalSeries s = new YIntervalSeries(variants.get(v), false, true);
            double offset = variants.size() == 1 ? 0 : (v - (variants.size() - 1) / 2.0) * DODGE;
            for (Difference d : rows) {
                if (!d.variant().equals(variants.get(v))) continue;
                Estimate e = relative ? d.relativeToBaseline() : d.difference();
                if (Double.isNaN(e.mean())) continue;
                s.add(indicators.indexOf(d.indicator()) + offset, e.mean(), e.hasInterval() ? e.low() : e.mean(), e.hasInterval() ? e.high() : e.mean());
            }
            data.addSeries(s);
        }
        String[] labels = indicators.stream().map(IndicatorText::label).toArray(String[]::new);
        SymbolAxis categories = new SymbolAxis(null, labels);
        categories.setInverted(true); // first indicator at the top, as read
        categories.setGridBandsVisible(false);
        categories.setRange(-0.6, indicators.size() - 0.4);
        String baseline = rows.isEmpty() ? "baseline" : rows.get(0).baseline();
        String unit = relative ? "% of " + baseline : unitOf(rows.isEmpty() ? "" : rows.get(0).indicator());
        NumberAxis value = ChartStyle.valueAxis("Difference" + (unit.isEmpty() ? "" : " (" + unit + ")"), true);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDrawYError(true);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesVisible(true);
        renderer.setErrorStroke(ChartStyle.LINE);
        renderer.setCapLength(6);
        for (int v = 0; v < variants.size(); v++) {
            renderer.setSeriesPaint(v, ChartStyle.color(v));
            renderer.setSeriesShape(v, ChartStyle.shape(v));
        }
        XYPlot plot = new XYPlot(data, categories, value, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        plot.addRangeMarker(ChartStyle.zeroLine(), Layer.BACKGROUND);
        String period = rows.isEmpty() ? "" : " in " + rows.get(0).period();
        String title = variants.size() == 1 ? variants.get(0) + " compared with " + baseline + period : "Options compared with " + baseline + period;
        JFreeChart chart = new JFreeChart(title, ChartStyle.TITLE, plot, variants.size() > 1);
        return ChartStyle.finish(chart, "Option minus " + baseline + ", paired, with 95% interval; left of zero is lower");
    }

    private static String unitOf(String indicator) {
        return IndicatorText.isMoney(indicator) ? "\u00a3" : IndicatorText.differenceUnit(indicator);
    }

    private static Set<String> distinct(List<Difference> rows, java.util.function.Function<Difference, String> key) {
        Set<String> s = new LinkedHashSet<>();
        for (Difference d : rows) s.add(key.apply(d));
        return s;
    }
}
