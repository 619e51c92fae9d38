package org.cpsim.experiments.report;

/** A chart's drawing size in pixels (SVG user units); PNGs are drawn at twice this for sharp print. */
record ChartSize(int width, int height) {
    ChartSize {
        if (width < 100 || height < 100) throw new IllegalArgumentException("chart too small to read: " + width + "x" + height);
    }
}
