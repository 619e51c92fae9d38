package org.cpsim.experiments.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * One look for every cpsim chart: the Okabe-Ito colour-blind-safe palette, a shape as well as a colour
 * per series (so charts survive greyscale printing), sans-serif text large enough to read when the
 * chart is printed at half an A4 page's width, light grids and no chart junk.
 */
final class ChartStyle {
    /** Okabe and Ito (2008), "Color universal design", in the order series take them; yellow last, as it is faint on white. */
    static final List<Color> PALETTE = List.of(new Color(0x0072B2), new Color(0xD55E00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0xE69F00), new Color(0x56B4E9), new Color(0x000000), new Color(0xF0E442));
    static final Color TEXT = new Color(0x1A1A1A);
    static final Color MUTED = new Color(0x555555);
    static final Color GRID = new Color(0xDDDDDD);
    static final Color OBSERVED = Color.BLACK;

    /** The files' size (16:9, as the brief asks for 640x360 SVG); the brief draws smaller so its text stays large. */
    static final ChartSize FILE = new ChartSize(640, 360);
    static final ChartSize BRIEF = new ChartSize(440, 225);

    /** Java's logical sans-serif font, which Batik writes as the CSS family sans-serif. */
    private static final String FAMILY = Font.SANS_SERIF;
    static final Font BASE = new Font(FAMILY, Font.PLAIN, 12);
    static final Font TITLE = new Font(FAMILY, Font.BOLD, 15);
    static final Font SUBTITLE = new Font(FAMILY, Font.PLAIN, 11);
    static final Font AXIS_LABEL = new Font(FAMILY, Font.PLAIN, 12);
    /** 12 px: printed at half an A4 width (the brief), still about 7 pt. */
    static final Font TICK = new Font(FAMILY, Font.PLAIN, 12);
    static final Font LEGEND = new Font(FAMILY, Font.PLAIN, 12);
    static final Font MARKER_LABEL = new Font(FAMILY, Font.PLAIN, 11);

    static final Stroke LINE = new BasicStroke(2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    static final Stroke ZERO_LINE = new BasicStroke(1.2f);
    static final Stroke POLICY_LINE = new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f);
    /** Opacity of a 95% band, low enough for two overlapping bands to stay distinguishable. */
    static final float BAND_ALPHA = 0.22f;

    static {
        // JFreeChart draws rotated text (a vertical axis label) as a TextLayout by default, a workaround
        // for Java 1.4 bugs; Batik turns that into outlines, so the label would not be text in the SVG
        // (not selectable, not searchable, blurred when printed). Plain drawString under a rotation is
        // right on every Java since. This is JFreeChart's one switch, set once when charts are first made.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartStyle() {}

    static Color color(int series) { return PALETTE.get(series % PALETTE.size()); }

    /** Circle, square, triangle, diamond, in turn: a second cue beside colour. */
    static Shape shape(int series) {
        double s = 7;
        return switch (series % 4) {
            case 0 -> new Ellipse2D.Double(-s / 2, -s / 2, s, s);
            case 1 -> new Rectangle2D.Double(-s / 2 + 0.5, -s / 2 + 0.5, s - 1, s - 1);
            case 2 -> polygon(0, -s / 2 - 0.5, s / 2 + 0.5, s / 2, -s / 2 - 0.5, s / 2);
            default -> polygon(0, -s / 2 - 0.5, s / 2 + 0.5, 0, 0, s / 2 + 0.5, -s / 2 - 0.5, 0);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) p.lineTo(xy[i], xy[i + 1]);
        p.closePath();
        return p;
    }

    /** A time axis labelled by statistical year (see {@link PeriodLabels}). */
    static NumberAxis timeAxis() {
        NumberAxis axis = new NumberAxis("Statistical year (April to March)");
        TickUnits units = new TickUnits();
        for (int step : new int[] {1, 2, 5, 10, 20}) units.add(new NumberTickUnit(step, PeriodLabels.tickFormat()));
        axis.setStandardTickUnits(units);
        axis.setAutoRangeIncludesZero(false);
        return axis;
    }

    /**
     * Statistical-year labels ("2011-12") are wide: beyond {@link #YEARS_LABELLED_ONE_BY_ONE} years on a
     * chart, label every other year so they never overlap (JFreeChart's own choice underestimates them).
     */
    static void yearTicks(NumberAxis axis, double firstYear, double lastYear) {
        int step = lastYear - firstYear + 1 > YEARS_LABELLED_ONE_BY_ONE ? 2 : 1;
        axis.setTickUnit(new NumberTickUnit(step, PeriodLabels.tickFormat()));
    }

    static final int YEARS_LABELLED_ONE_BY_ONE = 7;

    /** A value axis that starts at zero where the values allow, so level charts do not exaggerate change. */
    static NumberAxis valueAxis(String label, boolean includeZero) { return valueAxis(label, includeZero, false); }

    /** A value axis whose ticks read plainly (12,000; 70m; £ for money). */
    static NumberAxis valueAxis(String label, boolean includeZero, boolean money) {
        NumberAxis axis = new NumberAxis(label);
        axis.setNumberFormatOverride(new AxisNumbers(money));
        axis.setAutoRangeIncludesZero(includeZero);
        axis.setAutoRangeStickyZero(true);
        return axis;
    }

    static ValueMarker zeroLine() {
        ValueMarker m = new ValueMarker(0, TEXT, ZERO_LINE);
        m.setAlpha(0.9f);
        return m;
    }

    /** The finishing touches every chart gets: fonts, colours, grid, legend at the bottom, a subtitle under the title. */
    static JFreeChart finish(JFreeChart chart, String subtitle) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(6, 6, 4, 10));
        if (chart.getTitle() != null) {
            TextTitle title = chart.getTitle();
            title.setFont(TITLE);
            title.setPaint(TEXT);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setTextAlignment(HorizontalAlignment.LEFT);
            title.setMargin(0, 4, 2, 0);
        }
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle sub = new TextTitle(subtitle, SUBTITLE);
            sub.setPaint(MUTED);
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setTextAlignment(HorizontalAlignment.LEFT);
            sub.setMargin(0, 4, 6, 0);
            chart.addSubtitle(0, sub);
        }
        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(LEGEND);
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(0.8f));
            xy.setRangeGridlineStroke(new BasicStroke(0.8f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) axis(xy.getDomainAxis(i));
            for (int i = 0; i < xy.getRangeAxisCount(); i++) axis(xy.getRangeAxis(i));
        }
        return chart;
    }

    private static void axis(Axis axis) {
        if (axis == null) return;
        axis.setLabelFont(AXIS_LABEL);
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(TICK);
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(MUTED);
        axis.setTickMarkPaint(MUTED);
    }

    /**
     * The chart without its title and subtitles (the legend stays), for the brief, where the title is
     * set as HTML above the chart: it wraps, prints crisply and reads first.
     */
    static JFreeChart untitled(JFreeChart chart) {
        chart.setTitle((TextTitle) null);
        for (int i = chart.getSubtitleCount() - 1; i >= 0; i--) {
            Title t = chart.getSubtitle(i);
            if (t instanceof TextTitle) chart.removeSubtitle(t);
        }
        return chart;
    }

    /** A band colour: the series colour, see-through. */
    static Paint band(int series) {
        Color c = color(series);
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), Math.round(255 * BAND_ALPHA));
    }
}
