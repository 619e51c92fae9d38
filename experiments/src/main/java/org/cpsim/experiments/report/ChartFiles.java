package org.cpsim.experiments.report;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.batik.dom.GenericDOMImplementation;
import org.cpsim.experiments.output.AtomicFile;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A chart drawn as PNG (twice the size, for print) and as SVG through Apache Batik's SVGGraphics2D. */
final class ChartFiles {
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    private ChartFiles() {}

    /** Writes {@code <name>.png} and {@code <name>.svg} into a folder; returns both paths. */
    static java.util.List<Path> write(JFreeChart chart, ChartSize size, Path folder, String name) throws IOException {
        Path png = folder.resolve(name + ".png");
        Path svg = folder.resolve(name + ".svg");
        AtomicFile.write(png, png(chart, size));
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg(chart, size, name + "-") + "\n";
        AtomicFile.write(svg, document.getBytes(StandardCharsets.UTF_8));
        return java.util.List.of(png, svg);
    }

    static byte[] png(JFreeChart chart, ChartSize size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ChartUtils.writeScaledChartAsPNG(out, chart, size.width(), size.height(), 2, 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The chart as one {@code <svg>} element, without an XML declaration, so it can be inlined in
     * HTML. Its ids (clip paths) start with {@code idPrefix}: several charts inlined in one page must
     * not share ids, or every chart would clip to the first one's rectangles. The element keeps its
     * width and height and gains a viewBox, so CSS can scale it.
     */
    static String svg(JFreeChart chart, ChartSize size, String idPrefix) {
        String prefix = idPrefix.replaceAll("[^A-Za-z0-9_-]", "-");
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NAMESPACE, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setIDGenerator(new PrefixedIds(prefix));
        context.setComment(null);
        SVGGeneratorContext.GraphicContextDefaults defaults = new SVGGeneratorContext.GraphicContextDefaults();
        defaults.setFont(ChartStyle.BASE); // else the root says 'Dialog', a family only Java knows
        context.setGraphicContextDefaults(defaults);
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(size.width(), size.height()));
        chart.draw(g, new Rectangle2D.Double(0, 0, size.width(), size.height()));
        Element root = g.getRoot();
        root.setAttribute("viewBox", "0 0 " + size.width() + " " + size.height());
        root.setAttribute("role", "img");
        // Batik names its top-level defs "genericDefs" whatever the id generator; ids must be unique in a page.
        org.w3c.dom.NodeList defs = root.getElementsByTagNameNS(SVG_NAMESPACE, "defs");
        for (int i = 0; i < defs.getLength(); i++) {
            Element d = (Element) defs.item(i);
            if (d.getAttribute("id").equals("genericDefs")) d.setAttribute("id", prefix + "genericDefs");
        }
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            g.dispose();
        }
        String text = out.toString();
        // Batik may lead with an XML declaration; inline SVG must start at the element.
        int start = text.indexOf("<svg");
        return start > 0 ? text.substring(start).strip() : text.strip();
    }

    /** Batik's ids with a per-chart prefix. */
    private static final class PrefixedIds extends SVGIDGenerator {
        private final String prefix;

        PrefixedIds(String prefix) { this.prefix = prefix; }

        @Override
        public String generateID(String kind) { return super.generateID(prefix + kind); }
    }
}
