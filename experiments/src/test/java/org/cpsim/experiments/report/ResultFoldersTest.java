package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.cpsim.model.metrics.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the folders other verbs write, in the formats agreed for them. */
class ResultFoldersTest {
    @TempDir
    Path dir;

    @Test
    void foldersAreToldApartByTheFilesTheyHold() throws IOException {
        Path comparison = SyntheticResults.comparison(dir.resolve("cmp"), "a", "b");
        assertEquals(Set.of(ResultFolder.Kind.RUN, ResultFolder.Kind.COMPARISON), ResultFolder.of(comparison).kinds());
        assertEquals(Set.of(ResultFolder.Kind.SWEEP), ResultFolder.of(SyntheticResults.sweep(dir.resolve("sw"))).kinds());
        assertEquals(Set.of(ResultFolder.Kind.SENSITIVITY), ResultFolder.of(SyntheticResults.sensitivity(dir.resolve("se"))).kinds());
        assertEquals(Set.of(ResultFolder.Kind.FIT), ResultFolder.of(SyntheticResults.fit(dir.resolve("fit"))).kinds());
        Files.createDirectories(dir.resolve("empty"));
        ReportInputException e = assertThrows(ReportInputException.class, () -> ResultFolder.of(dir.resolve("empty")));
        assertTrue(e.getMessage().contains("no cpsim results here"), e.getMessage());
        assertThrows(ReportInputException.class, () -> ResultFolder.of(dir.resolve("missing")));
    }

    @Test
    void summarySeriesSplitMonthsFromYears() throws IOException {
        SummaryTable s = SummaryTable.read(SyntheticResults.comparison(dir.resolve("cmp"), "a", "b").resolve("summary.csv"));
        assertEquals(List.of("a", "b"), s.scenarios());
        List<SummaryTable.Point> years = s.series("b", "harm_days_per_10k", Period.Kind.YEAR);
        assertEquals(SyntheticResults.YEARS, years.size());
        assertEquals("2009-10", years.get(0).period());
        assertEquals(12 * SyntheticResults.YEARS, s.series("b", "harm_days_per_10k", Period.Kind.MONTH).size());
        assertEquals(SyntheticResults.REPLICATIONS, s.replications());
        assertTrue(years.get(6).estimate().low() < years.get(6).estimate().mean());
    }

    @Test
    void comparisonRowsKeepTheirPairsAndYears() throws IOException {
        ComparisonTable c = ComparisonTable.read(SyntheticResults.comparison(dir.resolve("cmp"), "a", "b", "c").resolve("comparison.csv"));
        assertEquals(List.of("a"), c.baselines());
        assertEquals(List.of("b", "c"), c.variants());
        assertEquals("2015-16", c.years().get(c.years().size() - 1));
        Difference d = c.find("single_assessment_median_wd", "2015-16", Period.Kind.YEAR, "b").orElseThrow();
        assertTrue(d.difference().high() < 0, "b lowers the assessment time");
        assertFalse(c.find("single_assessment_median_wd", "2015-16", Period.Kind.MONTH, "b").isPresent());
    }

    @Test
    void aComparisonWithoutItsColumnsIsRefusedWithTheMissingOne() throws IOException {
        Path f = dir.resolve("comparison.csv");
        Files.writeString(f, "indicator,period,baseline,variant,diff_mean\n");
        ReportInputException e = assertThrows(ReportInputException.class, () -> ComparisonTable.read(f));
        assertTrue(e.getMessage().contains("no column 'baseline_mean'"), e.getMessage());
    }

    @Test
    void aCompareManifestIsReadAndUnknownFieldsIgnored() throws IOException {
        ManifestInfo m = ManifestInfo.readFolder(SyntheticResults.comparison(dir.resolve("cmp"), "a", "b"));
        assertEquals("0.1.0-SNAPSHOT", m.version());
        assertEquals(7L, m.seed());
        assertEquals(SyntheticResults.REPLICATIONS, m.replications());
        assertEquals(List.of("a", "b"), m.scenarios().stream().map(ManifestInfo.Scenario::name).toList());
        assertEquals(64, m.scenarios().get(1).sha256().length());
        assertEquals("data", EvidenceMix.kindOf(m.parameters(), "population.children"));
        assertEquals(3, m.scenarios().get(1).timeline().size());
        List<PolicyChange> marked = PolicyMarkers.choose(m.timelines());
        assertEquals(List.of("Timescales lifted locally: a single assessment"), marked.stream().map(PolicyChange::description).toList(),
                "only the change that tells the scenarios apart is marked");
    }

    @Test
    void aRunManifestDescribesItsOneScenarioAtTheTop() throws IOException {
        Path f = dir.resolve("manifest.json");
        Files.writeString(f, """
                {"cpsimVersion": "0.2.0", "gitCommit": null, "scenarioName": "small", "scenarioPath": "s.yaml",
                 "scenarioSha256": "abc", "seed": "5", "replications": 3,
                 "resolvedScenario": [{"path": "care.fosterShare", "value": "0.8", "source": "assumption: none"},
                                      {"path": "name", "value": "small", "kind": "label"}],
                 "timeline": [{"date": "2011-03-01", "description": "Lifted"}, {"date": "soon", "description": "?"}]}
                """);
        ManifestInfo m = ManifestInfo.read(f);
        assertEquals("0.2.0", m.version());
        assertNull(m.gitCommit());
        assertEquals(5L, m.seed());
        assertEquals("small", m.scenarios().get(0).name());
        assertEquals("assumption", m.parameters().get(0).kind(), "a missing kind is read from the source's wording");
        assertEquals(1, m.scenarios().get(0).timeline().size(), "a date that cannot be read is left out");
        assertEquals(1, EvidenceMix.of(m.parameters()).total(), "labels are not evidence");
    }

    @Test
    void aBrokenManifestIsAUserErrorAndAMissingOneIsEmpty() throws IOException {
        Files.writeString(dir.resolve("manifest.json"), "{not json");
        assertThrows(ReportInputException.class, () -> ManifestInfo.readFolder(dir));
        ManifestInfo none = ManifestInfo.readFolder(dir.resolve("nowhere"));
        assertTrue(none.scenarios().isEmpty());
        assertNull(none.seed());
    }

    @Test
    void sweepSensitivityAndFitAreRead() throws IOException {
        SweepTable sweep = SweepTable.read(SyntheticResults.sweep(dir.resolve("sw")).resolve("points.csv"));
        assertEquals(List.of("earlyHelp.placesPer10kChildren", "assessment.regime"), sweep.levers());
        assertEquals(List.of("harm_days_per_10k", "single_assessment_median_wd"), sweep.outcomes());
        assertTrue(sweep.numeric("earlyHelp.placesPer10kChildren"));
        assertFalse(sweep.numeric("assessment.regime"));

        SensitivityTable sens = SensitivityTable.read(SyntheticResults.sensitivity(dir.resolve("se")).resolve("sensitivity.csv"));
        assertEquals("mu_star", sens.rankingIndex("harm_days_per_10k", "morris"), "mu* ranks, not sigma");
        assertEquals("assessment.accuracyPerDirectHour", sens.ranking("harm_days_per_10k", "morris").get(0).parameter());

        FitTable fit = FitTable.read(SyntheticResults.fit(dir.resolve("fit")).resolve("fit.csv"));
        assertEquals(List.of("referral_rate_per_10k", "cp_plan_rate_per_10k"), fit.indicators());
        assertEquals("2007-08", fit.series("cp_plan_rate_per_10k").get(0).year());
    }

    @Test
    void twoFoldersOfOneKindAreRefused() throws IOException {
        Path a = SyntheticResults.fit(dir.resolve("a")), b = SyntheticResults.fit(dir.resolve("b"));
        ReportInputException e = assertThrows(ReportInputException.class, () -> Analysis.read(List.of(a, b)));
        assertTrue(e.getMessage().contains("two folders hold fit.csv"), e.getMessage());
    }
}
