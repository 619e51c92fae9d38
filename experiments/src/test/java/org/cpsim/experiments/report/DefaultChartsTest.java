package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultChartsTest {
    @TempDir
    Path dir;

    @Test
    void aComparisonGetsTimeSeriesAndDifferencesAsPngAndSvg() throws IOException {
        Path folder = SyntheticResults.comparison(dir.resolve("cmp"), SyntheticResults.BASELINE, SyntheticResults.VARIANT, "early-help-plus-50");
        List<Path> written = DefaultCharts.writeFor(folder);
        Path charts = folder.resolve("charts");
        assertTrue(written.contains(charts.resolve("timeseries-single_assessment_median_wd.png")), written.toString());
        assertTrue(written.contains(charts.resolve("timeseries-single_assessment_median_wd.svg")), written.toString());
        assertTrue(written.contains(charts.resolve("differences-2015-16.svg")), written.toString());
        for (Path p : written) assertTrue(Files.size(p) > 1000, p + " is empty");
    }
}
