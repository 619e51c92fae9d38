package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefPageTest {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final BriefOptions DEFAULTS = new BriefOptions(null, null, List.of(), null, LocalDate.of(2026, 11, 26));

    @TempDir
    static Path dir;
    static Path comparison, sensitivity, fit;

    @BeforeAll
    static void results() throws IOException {
        comparison = SyntheticResults.comparison(dir.resolve("cmp"), SyntheticResults.BASELINE, SCRIPT);
        sensitivity = SyntheticResults.sensitivity(dir.resolve("sens"));
        fit = SyntheticResults.fit(dir.resolve("fit"));
    }

    @Test
    void everyTextFromFilesOrUsersIsEscaped() {
        String html = Brief.html(List.of(comparison), new BriefOptions("<img src=x onerror=alert(2)>", "Is \"x\" < y & z?", List.of(), null,
                LocalDate.of(2026, 11, 26)));
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "a scenario name must not become a script");
        assertFalse(lower.contains("<img"), "a title must not become an image");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the name is still shown, as text");
        assertTrue(html.contains("Is &quot;x&quot; &lt; y &amp; z?"));
    }

    @Test
    void thePageFetchesNothingAndRunsNothing() {
        String html = Brief.html(List.of(comparison, sensitivity, fit), DEFAULTS);
        String lower = html.toLowerCase(Locale.ROOT);
        for (String banned : new String[] {"<link", "<img", "<iframe", "<object", "@import", "url(http", " src=", " href="}) {
            assertFalse(lower.contains(banned), "found " + banned);
        }
        Matcher http = Pattern.compile("https?://[^\"' )]+").matcher(html);
        while (http.find()) {
            assertTrue(Set.of("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink").contains(http.group()), "external address " + http.group());
        }
        assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none'"), "and forbids it besides");
    }

    @Test
    void threeChartsInlinedWithSizesAndNoSharedIds() {
        String html = Brief.html(List.of(comparison, sensitivity), DEFAULTS);
        Matcher svg = Pattern.compile("<svg[^>]*>").matcher(html);
        int count = 0;
        while (svg.find()) {
            count++;
            assertTrue(svg.group().matches("(?s).*\\swidth=\"[1-9][0-9]*\".*") && svg.group().matches("(?s).*\\sheight=\"[1-9][0-9]*\".*"), svg.group());
        }
        assertEquals(3, count);
        Matcher id = Pattern.compile("\\sid=\"([^\"]+)\"").matcher(html);
        Set<String> ids = new HashSet<>();
        while (id.find()) assertTrue(ids.add(id.group(1)), "duplicate id " + id.group(1));
    }

    @Test
    void theAnswerTableAndRatingsComeFromTheResults() {
        String html = Brief.html(List.of(comparison, sensitivity, fit), DEFAULTS);
        assertTrue(html.contains("lowers the median assessment time by 7.5 working days (95% interval 6.1 to 8.9"),
                "the answer: the central estimate with its range");
        assertTrue(html.contains("lowers the days children spend at significant harm without protection by 41 child-days"), "the next headline");
        assertTrue(html.contains("makes no clear difference to total cost: +\u00a352,000 (95% interval"), "the cost of the largest effect");
        assertTrue(html.contains("Lower is better."), "which way is better");
        assertTrue(html.contains("Headline differences in 2015-16"));
        assertTrue(html.contains("no clear difference</td>") && html.contains("lower</td>"));
        assertTrue(html.contains("Assessment: accuracy per direct hour</td><td>high</td><td>assumption</td>"), "rated by sensitivity and by evidence");
        assertTrue(html.contains("data 3 (23%)"), "the evidence mix");
        assertTrue(html.contains("6 of 14 observed figures inside the simulated 95% interval"), "calibration status from the fit");
        assertTrue(html.contains(SyntheticResults.SHA), "the baseline's hash, whole");
        assertTrue(html.contains("seed 7; 30 replications"));
        assertTrue(html.contains("Do not use this analysis for"));
    }

    @Test
    void withoutSensitivityOrFitItSaysNotAssessed() {
        String html = Brief.html(List.of(comparison), DEFAULTS);
        assertTrue(html.contains("<b>By sensitivity:</b> not assessed"));
        assertTrue(html.contains("not assessed in this brief (no fit folder given)"));
    }

    @Test
    void theUserChoosesIndicatorsAndYear() {
        String html = Brief.html(List.of(comparison), new BriefOptions(null, null, List.of("harm_days_per_10k"), "2013-14", LocalDate.of(2026, 1, 1)));
        assertTrue(html.contains("Headline differences in 2013-14"));
        assertFalse(html.contains("Median assessment time"), "only what was asked for");
    }

    @Test
    void aBriefNeedsAComparisonAndTheYearAndIndicatorsItHolds() {
        ReportInputException none = assertThrows(ReportInputException.class, () -> Brief.html(List.of(sensitivity), DEFAULTS));
        assertTrue(none.getMessage().startsWith("a brief needs a comparison folder"), none.getMessage());
        ReportInputException year = assertThrows(ReportInputException.class,
                () -> Brief.html(List.of(comparison), new BriefOptions(null, null, List.of(), "1999-00", LocalDate.now())));
        assertTrue(year.getMessage().contains("no year 1999-00"), year.getMessage());
        ReportInputException indicator = assertThrows(ReportInputException.class,
                () -> Brief.html(List.of(comparison), new BriefOptions(null, null, List.of("births"), null, LocalDate.now())));
        assertTrue(indicator.getMessage().contains("no indicator births"), indicator.getMessage());
    }
}
