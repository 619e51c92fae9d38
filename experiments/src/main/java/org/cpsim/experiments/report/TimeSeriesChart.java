package org.cpsim.experiments.report;

import java.util.List;

import org.cpsim.model.metrics.Period;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Chart (a): one indicator over time, one line per scenario with its 95% band across replications,
 * and the policy changes that tell the scenarios apart marked as labelled vertical lines.
 */
final class TimeSeriesChart {
    /** One scenario's estimates over time. */
    record Series(String scenario, List<SummaryTable.Point> points) {}

    /** Marker labels stagger over this many rows, so changes close in time do not print over each other. */
    private static final int LABEL_ROWS = 3;

    private TimeSeriesChart() {}

    static JFreeChart create(String indicator, List<Series> series, List<PolicyChange> changes, Period.Kind kind) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        double minX = Double.POSITIVE_INFINITY, maxX = Double.NEGATIVE_INFINITY;
        int replications = -1;
        for (Series s : series) {
            YIntervalSeries line = new YIntervalSeries(s.scenario(), false, true);
            for (SummaryTable.Point p : s.points()) {
                double x = p.x();
                Estimate e = p.estimate();
                if (Double.isNaN(x) || Double.isNaN(e.mean())) continue;
                line.add(x, e.mean(), e.hasInterval() ? e.low() : e.mean(), e.hasInterval() ? e.high() : e.mean());
                minX = Math.min(minX, x);
                maxX = Math.max(maxX, x);
                replications = Math.max(replications, p.n());
            }
            data.addSeries(line);
        }
        DeviationRenderer renderer = new DeviationRenderer(true, kind == Period.Kind.YEAR);
        renderer.setAlpha(ChartStyle.BAND_ALPHA);
        for (int i = 0; i < series.size(); i++) {
            renderer.setSeriesPaint(i, ChartStyle.color(i));
            renderer.setSeriesFillPaint(i, ChartStyle.color(i));
            renderer.setSeriesStroke(i, ChartStyle.LINE);
            renderer.setSeriesShape(i, ChartStyle.shape(i));
        }
        NumberAxis time = ChartStyle.timeAxis();
        if (minX <= maxX) time.setRange(minX - (kind == Period.Kind.YEAR ? 0.5 : 0.05), maxX + (kind == Period.Kind.YEAR ? 0.5 : 0.05));
        if (minX <= maxX && kind == Period.Kind.YEAR) ChartStyle.yearTicks(time, minX, maxX);
        NumberAxis values = ChartStyle.valueAxis(IndicatorText.axisLabel(indicator), true, IndicatorText.isMoney(indicator));
        XYPlot plot = new XYPlot(data, time, values, renderer);
        int row = 0;
        double middle = (time.getLowerBound() + time.getUpperBound()) / 2;
        for (PolicyChange c : changes) {
            double x = PeriodLabels.x(c.date());
            // Strictly inside: a change on the last day reported has no effect to show.
            if (!(x > time.getLowerBound() && x < time.getUpperBound())) continue;
            plot.addDomainMarker(marker(x, c.shortLabel(), row++ % LABEL_ROWS, x > middle), Layer.FOREGROUND);
        }
        // Headroom above the data for the marker labels, so they do not sit on the lines.
        if (row > 0) values.setUpperMargin(0.08 + 0.07 * Math.min(row, LABEL_ROWS));
        JFreeChart chart = new JFreeChart(IndicatorText.title(indicator), ChartStyle.TITLE, plot, series.size() > 1);
        String what = kind == Period.Kind.YEAR ? "per statistical year" : "per month";
        String band = replications > 1 ? "; band: 95% interval for the mean over " + replications + " replications" : "";
        return ChartStyle.finish(chart, "Mean " + what + band);
    }

    /** @param leftOfLine in the right half of the chart the label runs leftwards, so it is not cut off at the edge */
    private static ValueMarker marker(double x, String label, int row, boolean leftOfLine) {
        ValueMarker m = new ValueMarker(x, ChartStyle.MUTED, ChartStyle.POLICY_LINE);
        m.setLabel(label);
        m.setLabelFont(ChartStyle.MARKER_LABEL);
        m.setLabelPaint(ChartStyle.MUTED);
        m.setLabelBackgroundColor(new java.awt.Color(255, 255, 255, 200));
        m.setLabelAnchor(leftOfLine ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(leftOfLine ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
        m.setLabelOffset(new RectangleInsets(2 + 14 * row, 3, 0, 3));
        return m;
    }
}
