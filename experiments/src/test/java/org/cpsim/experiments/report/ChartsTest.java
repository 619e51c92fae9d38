package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of chart, drawn as SVG: its words come from the indicator, its colours from Okabe-Ito. */
class ChartsTest {
    @TempDir
    static Path dir;
    static Analysis all;

    @BeforeAll
    static void results() throws IOException {
        all = Analysis.read(List.of(SyntheticResults.comparison(dir.resolve("cmp"), "base", "<b>bold</b> & co"),
                SyntheticResults.sweep(dir.resolve("sweep")), SyntheticResults.sensitivity(dir.resolve("sens")), SyntheticResults.fit(dir.resolve("fit"))));
    }

    static String svg(JFreeChart chart) { return ChartFiles.svg(chart, ChartStyle.FILE, "t-"); }

    @Test
    void aTimeSeriesHasTheIndicatorsWordsBandsAndThePolicyMarker() {
        String indicator = Indicator.SINGLE_ASSESSMENT_MEDIAN_WD.id();
        List<PolicyChange> changes = PolicyMarkers.choose(all.manifest().timelines());
        String svg = svg(DefaultCharts.timeSeries(all.summary().orElseThrow(), indicator, Period.Kind.YEAR, changes));
        assertTrue(svg.startsWith("<svg"), "inlinable: no XML declaration");
        assertTrue(svg.contains("Median working days from referral to completion of the assessment"), "title from the definition");
        assertTrue(svg.contains(">Working days<"), "axis label is the unit");
        assertTrue(svg.contains(">2011-12<"), "ticks are statistical years");
        assertTrue(svg.contains("Timescales lifted locally"), "the policy change that tells the options apart");
        assertTrue(svg.contains("95% interval"), svg.substring(0, 200));
        assertTrue(svg.contains("&lt;b&gt;bold&lt;/b&gt; &amp; co"), "a scenario name is text, never markup");
        assertTrue(svg.contains("rgb(0,114,178)") && svg.contains("rgb(213,94,0)"), "Okabe-Ito blue and vermillion");
        assertFalse(svg.contains("Dialog"), "a family browsers know");
        assertTrue(svg.contains("viewBox=\"0 0 640 360\""));
    }

    @Test
    void idsArePrefixedSoChartsCanShareAPage() {
        String svg = ChartFiles.svg(DifferenceChart.create(List.of(difference(-8, -6))), ChartStyle.BRIEF, "fig1-");
        for (String id : svg.split("id=\"").length > 1 ? svg.split("id=\"") : new String[0]) {
            if (id.startsWith("<svg") || id.startsWith("<?xml")) continue;
            assertTrue(id.startsWith("fig1-"), "unprefixed id: " + id.substring(0, Math.min(30, id.length())));
        }
    }

    @Test
    void differencesShareAUnitOrBecomePercentagesOfTheBaseline() {
        String same = svg(DifferenceChart.create(List.of(difference(-8, -6))));
        assertTrue(same.contains("Difference (working days)"), "one unit: that unit");
        Difference other = new Difference("harm_days_per_10k", "2015-16", Period.Kind.YEAR, "base", "v", 900, 860, new Estimate(-40, -60, -20), 30);
        String mixed = svg(DifferenceChart.create(List.of(difference(-8, -6), other)));
        assertTrue(mixed.contains("Difference (% of base)"), "mixed units: percent of the baseline");
        assertTrue(mixed.contains("Median assessment time") && mixed.contains("Days at harm, unprotected"));
    }

    @Test
    void sweepSensitivityAndFitChartsCarryTheirData() {
        assertEquals(new SweepChart.Design("earlyHelp.placesPer10kChildren", "assessment.regime"), SweepChart.design(all.sweep().orElseThrow()),
                "the numeric lever on the axis, the categorical one naming the lines");
        String sweep = svg(SweepChart.create(all.sweep().orElseThrow(), "harm_days_per_10k"));
        assertTrue(sweep.contains("regime = prescribed") && sweep.contains("regime = local_framework"), "one line per regime");
        assertTrue(sweep.contains("Early help: places per 10k children"), "the lever's label names the axis");
        SensitivityTable s = all.sensitivity().orElseThrow();
        String sens = svg(SensitivityChart.create("harm_days_per_10k", "morris", s.ranking("harm_days_per_10k", "morris")));
        assertTrue(sens.contains("mu* (mean absolute elementary effect)"));
        assertTrue(sens.indexOf("Assessment: accuracy per direct hour") < sens.indexOf("Police: contacts per child year"), "most important first");
        FitTable f = all.fit().orElseThrow();
        String fit = svg(FitChart.create("cp_plan_rate_per_10k", f.series("cp_plan_rate_per_10k")));
        assertTrue(fit.contains("Observed") && fit.contains("Simulated (mean, 95% interval)"));
        assertTrue(fit.contains("5 of 7 observed figures inside"), "the fit is summarised");
    }

    @Test
    void pngsAreDrawnAtTwiceTheSizeForPrint() throws IOException {
        byte[] png = ChartFiles.png(DifferenceChart.create(List.of(difference(-8, -6))), ChartStyle.FILE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1280, image.getWidth());
        assertEquals(720, image.getHeight());
    }

    @Test
    void defaultChartsCoverEveryKindOfFolder() throws IOException {
        List<Path> written = DefaultCharts.writeFor(dir.resolve("sweep"), dir.resolve("out"), DefaultCharts.Options.defaults());
        assertEquals(List.of(dir.resolve("out/sweep-harm_days_per_10k.png"), dir.resolve("out/sweep-harm_days_per_10k.svg"),
                dir.resolve("out/sweep-single_assessment_median_wd.png"), dir.resolve("out/sweep-single_assessment_median_wd.svg")), written);
        List<Path> one = DefaultCharts.writeFor(dir.resolve("sens"), dir.resolve("out2"), new DefaultCharts.Options(List.of("harm_days_per_10k"), List.of()));
        assertEquals(2, one.size(), "only the indicator asked for: " + one);
    }

    @Test
    void axisNumbersAreNeverScientific() {
        assertEquals("\u00a370m", new AxisNumbers(true).format(7e7));
        assertEquals("12,000", new AxisNumbers(false).format(12_000));
        assertEquals("1.5bn", new AxisNumbers(false).format(1.5e9));
        assertEquals("\u22122.5", new AxisNumbers(false).format(-2.5));
        assertEquals("0", new AxisNumbers(false).format(-0.0));
    }

    @Test
    void aTotalCostIsTitledAsOneNotAsTheRestOfAList() {
        assertTrue(IndicatorText.title("cost_total_gbp").startsWith("Total cost"), IndicatorText.title("cost_total_gbp"));
    }

    static Difference difference(double low, double high) {
        return new Difference("single_assessment_median_wd", "2015-16", Period.Kind.YEAR, "base", "v", 33, 26, new Estimate((low + high) / 2, low, high), 30);
    }
}
