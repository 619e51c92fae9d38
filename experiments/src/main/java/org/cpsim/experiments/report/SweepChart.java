package org.cpsim.experiments.report;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Chart (c): an outcome's response to a lever, one line (with its 95% band) per value of a second,
 * categorical lever such as the assessment regime. When other levers vary too (a Latin hypercube
 * rather than a grid), points at the same lever value are not one series, so they are drawn as dots
 * with intervals and no joining line.
 */
final class SweepChart {
    /** A numeric lever with at most this many values can still name the lines. */
    private static final int MAX_GROUPS = 6;

    /** The lever on the horizontal axis and the one that splits the lines (null for a single line). */
    record Design(String x, String group) {}

    private SweepChart() {}

    /** Picks the axis lever (the numeric one with most values) and the grouping lever (categorical first). */
    static Design design(SweepTable sweep) {
        String x = null;
        for (String l : sweep.levers()) {
            if (sweep.values(l).size() < 2) continue;
            if (x == null || (sweep.numeric(l) && (!sweep.numeric(x) || sweep.values(l).size() > sweep.values(x).size()))) x = l;
        }
        if (x == null && !sweep.levers().isEmpty()) x = sweep.levers().get(0);
        String group = null;
        for (String l : sweep.levers()) {
            if (l.equals(x) || sweep.values(l).size() < 2 || sweep.values(l).size() > MAX_GROUPS) continue;
            if (group == null || (!sweep.numeric(l) && sweep.numeric(group))) group = l;
        }
        return new Design(x, group);
    }

    static JFreeChart create(SweepTable sweep, String outcome) {
        Design design = design(sweep);
        if (design.x() == null) throw new ReportInputException("points.csv has no lever columns to draw " + outcome + " against");
        boolean numericX = sweep.numeric(design.x());
        List<String> xValues = sweep.values(design.x());
        List<String> groups = design.group() == null ? List.of("") : sweep.values(design.group());
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        boolean repeated = false;
        for (String g : groups) {
            String name = design.group() == null ? IndicatorText.label(outcome) : ParameterLabel.of(design.group()) + " = " + g;
            YIntervalSeries s = new YIntervalSeries(name, true, true);
            Set<String> seen = new HashSet<>();
            for (SweepTable.Point p : sweep.points()) {
                if (design.group() != null && !p.levers().get(design.group()).equals(g)) continue;
                Estimate e = p.outcomes().get(outcome);
                if (e == null || Double.isNaN(e.mean())) continue;
                String xText = p.levers().get(design.x());
                if (!seen.add(xText)) repeated = true;
                double x = numericX ? Double.parseDouble(xText) : xValues.indexOf(xText);
                s.add(x, e.mean(), e.hasInterval() ? e.low() : e.mean(), e.hasInterval() ? e.high() : e.mean());
            }
            data.addSeries(s);
        }
        ValueAxis xAxis;
        if (numericX) {
            NumberAxis axis = new NumberAxis(ParameterLabel.of(design.x()));
            axis.setAutoRangeIncludesZero(false);
            xAxis = axis;
        } else {
            SymbolAxis axis = new SymbolAxis(ParameterLabel.of(design.x()), xValues.toArray(String[]::new));
            axis.setGridBandsVisible(false);
            xAxis = axis;
        }
        XYItemRenderer renderer = repeated || !numericX ? dots(groups.size()) : lines(groups.size());
        XYPlot plot = new XYPlot(data, xAxis, ChartStyle.valueAxis(IndicatorText.axisLabel(outcome), true, IndicatorText.isMoney(outcome)), renderer);
        JFreeChart chart = new JFreeChart(IndicatorText.title(outcome), ChartStyle.TITLE, plot, design.group() != null);
        String by = "Response to " + ParameterLabel.of(design.x()) + (design.group() == null ? "" : ", by " + ParameterLabel.of(design.group()));
        return ChartStyle.finish(chart, by + "; mean and 95% interval at each point");
    }

    private static XYItemRenderer lines(int series) {
        DeviationRenderer r = new DeviationRenderer(true, true);
        r.setAlpha(ChartStyle.BAND_ALPHA);
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, ChartStyle.color(i));
            r.setSeriesFillPaint(i, ChartStyle.color(i));
            r.setSeriesStroke(i, ChartStyle.LINE);
            r.setSeriesShape(i, ChartStyle.shape(i));
        }
        return r;
    }

    private static XYItemRenderer dots(int series) {
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(false);
        r.setDefaultShapesVisible(true);
        r.setCapLength(4);
        for (int i = 0; i < series; i++) {
            r.setSeriesPaint(i, ChartStyle.color(i));
            r.setSeriesShape(i, ChartStyle.shape(i));
        }
        return r;
    }
}
