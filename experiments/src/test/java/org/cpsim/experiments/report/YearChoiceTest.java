package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The year a comparison reports by default (issue 16: not 2018-19 when the options became the same in 2013). */
class YearChoiceTest {
    private static final Path ROOT = Path.of(System.getProperty("cpsim.projectRoot", ".."));
    private static final List<String> YEARS = years(2009, 10);

    static List<String> years(int first, int n) {
        List<String> out = new ArrayList<>();
        for (int y = first; y < first + n; y++) out.add(String.format("%04d-%02d", y, (y + 1) % 100));
        return out;
    }

    private static YearChoice.Policy load(String scenario) {
        return YearChoice.of(ScenarioLoader.load(ROOT.resolve("scenarios/" + scenario)));
    }

    @Test
    void theTrialAgainstTheBaselineIsReportedInItsLastWholeYearBeforeTheNationalChange() {
        // Lifted locally from March 2011; nationally the single assessment comes in during 2013-14 (the
        // baseline's transition year, part of referrals on it) and for everyone from April 2014: the
        // options differ from 2011-12 to 2013-14 only.
        YearChoice.Choice c = YearChoice.of(YEARS, List.of(load("england-baseline.yaml"), load("local-framework.yaml")));
        assertEquals("2013-14", c.year());
        assertTrue(c.why().contains("from 2014-04-01 they are the same"), c.why());
    }

    @Test
    void optionsThatDifferToTheEndAreReportedInTheLastYear() {
        YearChoice.Choice more = YearChoice.of(YEARS, List.of(load("england-baseline.yaml"), load("early-help-plus-50.yaml")));
        assertEquals("2018-19", more.year());
        assertTrue(more.why().startsWith("the last year reported"), more.why());
        assertEquals("2018-19", YearChoice.of(YEARS, List.of(load("england-baseline.yaml"), load("prescribed-throughout.yaml"))).year());
    }

    @Test
    void identicalPoliciesFallBackToTheLastYearAndSaySo() {
        YearChoice.Choice same = YearChoice.of(YEARS, List.of(load("england-baseline.yaml"), load("england-baseline.yaml")));
        assertEquals("2018-19", same.year());
        assertTrue(same.why().contains("no variant's policy differs"), same.why());
    }

    @Test
    void aDifferenceForPartOfAYearDoesNotCount() {
        // The variant differs from October 2011 to October 2013: 2012-13 is its only whole year.
        Map<String, String> base = Map.of("x", "1", "name", "a");
        YearChoice.Policy a = new YearChoice.Policy("a", base, List.of());
        YearChoice.Policy b = new YearChoice.Policy("b", Map.of("x", "1", "name", "b"), List.of(
                new YearChoice.Dated(LocalDate.of(2011, 10, 1), Map.of("x", "2")),
                new YearChoice.Dated(LocalDate.of(2013, 10, 1), Map.of("x", "1"))));
        YearChoice.Choice c = YearChoice.of(YEARS, List.of(a, b));
        assertEquals("2012-13", c.year());
        assertTrue(c.why().contains("from 2013-10-01 they are the same"), c.why());
    }
}
