package org.cpsim.experiments.report;

import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Chart (e): the model against observed figures, observed points over the simulated 95% band, by
 * statistical year. The value axis fits the data rather than starting at zero: the question is how
 * close the two are, which a zero baseline would flatten.
 */
final class FitChart {
    private FitChart() {}

    static JFreeChart create(String indicator, List<FitTable.Point> points) {
        YIntervalSeries simulated = new YIntervalSeries("Simulated (mean, 95% interval)", false, true);
        XYSeries observed = new XYSeries("Observed", false, true);
        int within = 0, compared = 0;
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        for (FitTable.Point p : points) {
            int year = PeriodLabels.firstYear(p.year());
            if (year < 0) continue;
            Estimate s = p.simulated();
            if (!Double.isNaN(s.mean())) simulated.add(year, s.mean(), s.hasInterval() ? s.low() : s.mean(), s.hasInterval() ? s.high() : s.mean());
            if (!Double.isNaN(p.observed())) {
                observed.add(year, p.observed());
                compared++;
                if (p.withinInterval()) within++;
            }
            minX = Math.min(minX, year);
            maxX = Math.max(maxX, year);
        }
        YIntervalSeriesCollection band = new YIntervalSeriesCollection();
        band.addSeries(simulated);
        DeviationRenderer bandRenderer = new DeviationRenderer(true, false);
        bandRenderer.setAlpha(ChartStyle.BAND_ALPHA);
        bandRenderer.setSeriesPaint(0, ChartStyle.color(0));
        bandRenderer.setSeriesFillPaint(0, ChartStyle.color(0));
        bandRenderer.setSeriesStroke(0, ChartStyle.LINE);
        NumberAxis time = ChartStyle.timeAxis();
        if (minX <= maxX) {
            time.setRange(minX - 0.5, maxX + 0.5);
            ChartStyle.yearTicks(time, minX, maxX);
        }
        XYPlot plot = new XYPlot(band, time, ChartStyle.valueAxis(IndicatorText.axisLabel(indicator), false, IndicatorText.isMoney(indicator)), bandRenderer);
        XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
        dots.setSeriesPaint(0, ChartStyle.OBSERVED);
        dots.setSeriesShape(0, ChartStyle.shape(3));
        plot.setDataset(1, new XYSeriesCollection(observed));
        plot.setRenderer(1, dots);
        // Observed points drawn over the band.
        plot.setDatasetRenderingOrder(org.jfree.chart.plot.DatasetRenderingOrder.FORWARD);
        JFreeChart chart = new JFreeChart(IndicatorText.title(indicator), ChartStyle.TITLE, plot, true);
        return ChartStyle.finish(chart, "Observed against simulated: " + within + " of " + compared + " observed figures inside the simulated 95% interval");
    }
}
