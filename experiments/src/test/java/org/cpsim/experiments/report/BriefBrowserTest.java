package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The brief in a real browser: it renders with no console messages (the page has no scripts, so any
 * message is a blocked load or an error), every chart is there with a size, and it prints on exactly
 * one A4 page. Leaves a screenshot in target/brief-screenshot.png.
 * Skipped, saying why, where Chromium is not installed; CI installs it.
 */
@Tag("browser")
class BriefBrowserTest {
    /** A4 at 150 dots per inch: what the screenshot shows, and what the screen style is drawn for. */
    static final int WIDTH = 1240, HEIGHT = 1754;

    @TempDir
    static Path dir;
    static Chromium chromium;
    static Path cmp, sens, fit;

    @BeforeAll
    static void browserAndResults() throws IOException {
        Optional<Chromium> found = Chromium.find();
        Assumptions.assumeTrue(found.isPresent(),
                "Chromium is not installed (/usr/bin/chromium, or chromium or chromium-browser on the PATH): skipping the browser test of the brief."
                        + " Install it with: apt-get install -y chromium");
        chromium = found.get();
        cmp = SyntheticResults.comparison(dir.resolve("timescales"), SyntheticResults.BASELINE, SyntheticResults.VARIANT);
        sens = SyntheticResults.sensitivity(dir.resolve("sensitivity"));
        fit = SyntheticResults.fit(dir.resolve("fit"));
    }

    @Test
    void theBriefRendersCleanlyAndPrintsOnOneA4Page() throws IOException {
        Path html = dir.resolve("brief.html");
        Brief.write(List.of(cmp, sens, fit), new BriefOptions("Lifting national assessment timescales",
                "What happens to children if national assessment timescales are lifted?", List.of(), null, LocalDate.of(2026, 11, 26)), html);

        Chromium.Output dom = chromium.dumpDom(html);
        assertEquals(0, dom.exitCode(), dom.stderr());
        assertNoConsoleMessages(dom.stderr());
        assertChartsHaveSizes(dom.stdout(), 3);

        Path pdf = dir.resolve("brief.pdf");
        Brief.printPdf(chromium, html, pdf);
        assertEquals(1, pages(pdf), "the brief must print on exactly one page");

        Path target = Path.of("target", "brief-screenshot.png");
        Files.createDirectories(target.getParent());
        Chromium.Output shot = chromium.screenshot(html, target.toAbsolutePath(), WIDTH, HEIGHT);
        assertEquals(0, shot.exitCode(), shot.stderr());
        assertTrue(Files.size(target) > 50_000, "a screenshot of a full page");
        // A test leaves the source tree alone: the screenshot stays in target/ for a person to look at
        // (the README shows one made from a real comparison, docs/images/brief-timescales.png).
        List<Path> charts = DefaultCharts.writeFor(cmp);
        assertTrue(charts.stream().anyMatch(p -> p.getFileName().toString().equals("timeseries-single_assessment_median_wd.png")));
    }

    @Test
    void aHostileScenarioNameStaysText() throws IOException {
        String script = "<script>alert(1)</script>";
        Path hostile = SyntheticResults.comparison(dir.resolve("hostile"), SyntheticResults.BASELINE, script);
        Path html = dir.resolve("hostile.html");
        Brief.write(List.of(hostile), new BriefOptions(script, script, List.of(), null, LocalDate.of(2026, 11, 26)), html);
        Chromium.Output dom = chromium.dumpDom(html);
        assertNoConsoleMessages(dom.stderr());
        assertFalse(dom.stdout().toLowerCase(Locale.ROOT).contains("<script"), "no script element in the rendered page");
        assertTrue(dom.stdout().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name shown as text");
    }

    /** With --enable-logging, Chromium writes every console message (errors, blocked loads) as a CONSOLE line. */
    static void assertNoConsoleMessages(String log) {
        List<String> console = log.lines().filter(l -> l.contains(":CONSOLE")).toList();
        assertTrue(console.isEmpty(), "console messages: " + console);
    }

    static void assertChartsHaveSizes(String dom, int expected) {
        Matcher svg = Pattern.compile("<svg\\b[^>]*>").matcher(dom);
        int count = 0;
        while (svg.find()) {
            count++;
            assertTrue(positive(svg.group(), "width") && positive(svg.group(), "height"), "a chart without a size: " + svg.group());
        }
        assertEquals(expected, count, "inline charts in the rendered page");
    }

    private static boolean positive(String tag, String attribute) {
        Matcher m = Pattern.compile("\\s" + attribute + "=\"([0-9.]+)\"").matcher(tag);
        return m.find() && Double.parseDouble(m.group(1)) > 0;
    }

    /** Page objects, not the /Pages tree node; Chromium's PDFs keep them uncompressed. */
    static int pages(Path pdf) throws IOException {
        String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("/Type\\s*/Page(?![A-Za-z])").matcher(text);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

}
