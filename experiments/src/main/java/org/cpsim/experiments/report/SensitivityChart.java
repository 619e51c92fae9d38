package org.cpsim.experiments.report;

import java.util.List;
import java.util.Locale;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Chart (d): which parameters drive an outcome, most important at the top: a horizontal bar per
 * parameter for its Morris mu* or total Sobol index, with the index's 95% interval as a whisker.
 */
final class SensitivityChart {
    /** More bars than this stop being readable at brief size; the rest matter less by construction. */
    static final int MAX_PARAMETERS = 10;
    private static final double BAR_HALF_WIDTH = 0.32;

    private SensitivityChart() {}

    static JFreeChart create(String outcome, String method, List<SensitivityTable.Index> ranking) {
        List<SensitivityTable.Index> shown = ranking.subList(0, Math.min(MAX_PARAMETERS, ranking.size()));
        XYIntervalSeries bars = new XYIntervalSeries("index");
        YIntervalSeries whiskers = new YIntervalSeries("95% interval");
        for (int i = 0; i < shown.size(); i++) {
            Estimate e = shown.get(i).value();
            if (Double.isNaN(e.mean())) continue;
            bars.add(i, i - BAR_HALF_WIDTH, i + BAR_HALF_WIDTH, e.mean(), e.mean(), e.mean());
            if (e.hasInterval()) whiskers.add(i, e.mean(), e.low(), e.high());
        }
        XYIntervalSeriesCollection barData = new XYIntervalSeriesCollection();
        barData.addSeries(bars);
        YIntervalSeriesCollection whiskerData = new YIntervalSeriesCollection();
        whiskerData.addSeries(whiskers);

        SymbolAxis parameters = new SymbolAxis(null, shown.stream().map(i -> ParameterLabel.of(i.parameter())).toArray(String[]::new));
        parameters.setInverted(true);
        parameters.setGridBandsVisible(false);
        parameters.setRange(-0.6, Math.max(1, shown.size()) - 0.4);
        String index = shown.isEmpty() ? "" : shown.get(0).index();
        XYBarRenderer barRenderer = new XYBarRenderer();
        barRenderer.setBarPainter(new StandardXYBarPainter());
        barRenderer.setShadowVisible(false);
        barRenderer.setSeriesPaint(0, ChartStyle.color(0));
        barRenderer.setDrawBarOutline(false);
        XYPlot plot = new XYPlot(barData, parameters, ChartStyle.valueAxis(indexName(index), true), barRenderer);
        XYErrorRenderer whiskerRenderer = new XYErrorRenderer();
        whiskerRenderer.setDrawXError(false);
        whiskerRenderer.setDefaultShapesVisible(false);
        whiskerRenderer.setDefaultLinesVisible(false);
        whiskerRenderer.setErrorPaint(ChartStyle.TEXT);
        whiskerRenderer.setErrorStroke(new java.awt.BasicStroke(1.2f));
        whiskerRenderer.setCapLength(5);
        plot.setDataset(1, whiskerData);
        plot.setRenderer(1, whiskerRenderer);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // whiskers over bars
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setDomainGridlinesVisible(false);
        JFreeChart chart = new JFreeChart("What drives " + IndicatorText.plain(outcome), ChartStyle.TITLE, plot, false);
        String more = ranking.size() > shown.size() ? "; top " + shown.size() + " of " + ranking.size() + " parameters" : "";
        return ChartStyle.finish(chart, IndicatorText.capitalise(method) + " method: " + indexName(index) + " with 95% interval" + more);
    }

    /** The index's short name, for running text: mu*, total index. */
    static String shortIndexName(String index) {
        return switch (index.toLowerCase(Locale.ROOT)) {
            case "mu_star", "mu*", "mustar" -> "mu*";
            case "total", "st", "s_t", "total_order" -> "total index";
            case "s1", "first" -> "first-order index";
            default -> index;
        };
    }

    /** A reader's name for the index. */
    static String indexName(String index) {
        return switch (index.toLowerCase(Locale.ROOT)) {
            case "mu_star", "mu*", "mustar" -> "mu* (mean absolute elementary effect)";
            case "total", "st", "s_t", "total_order" -> "Total Sobol index";
            case "s1", "first" -> "First-order Sobol index";
            case "sigma" -> "sigma (spread of elementary effects)";
            default -> index;
        };
    }
}
