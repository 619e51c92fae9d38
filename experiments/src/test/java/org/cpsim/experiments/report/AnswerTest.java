package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.cpsim.model.metrics.Period;
import org.junit.jupiter.api.Test;

/** The answer's sentences say direction and size as a range, and say "no clear difference" when the range includes zero. */
class AnswerTest {
    static Difference d(String indicator, double base, double low, double high) {
        return new Difference(indicator, "2013-14", Period.Kind.YEAR, "england-baseline", "local-framework", base, base + (low + high) / 2,
                new Estimate((low + high) / 2, low, high), 30);
    }

    @Test
    void aClearFallIsARangeWithItsShareOfTheBaseline() {
        assertEquals("local-framework lowers the median assessment time by 6.1 to 8.9 working days (18% to 26%; 95% interval).",
                Answer.sentence(d("single_assessment_median_wd", 34, -8.94, -6.08)));
    }

    @Test
    void aClearRiseSaysRaises() {
        assertEquals("local-framework raises the referral rate by 12 to 31 per 10,000 children (2% to 6%; 95% interval).",
                Answer.sentence(d("referral_rate_per_10k", 521, 12.2, 30.6)));
    }

    @Test
    void anIntervalThroughZeroIsNoClearDifference() {
        assertEquals("local-framework makes no clear difference to the median time from need arising to first help: "
                + "\u22129 to +3 days (95% interval).", Answer.sentence(d("need_to_help_days_median", 118, -9, 3)));
    }

    @Test
    void percentagesDifferInPercentagePoints() {
        assertEquals("local-framework raises assessment accuracy by 2.8 to 5.4 percentage points (95% interval).",
                Answer.sentence(d("assessment_accuracy_pct", 71.5, 2.8, 5.4)));
    }

    @Test
    void moneyIsInPounds() {
        assertEquals("local-framework makes no clear difference to total cost: \u2212\u00a366,000 to +\u00a3170,000 (95% interval).",
                Answer.sentence(d("cost_total_gbp", 4_215_000, -66_000, 170_000)));
    }

    @Test
    void withoutAnIntervalItSaysSo() {
        Difference one = new Difference("harm_days_per_10k", "2013-14", Period.Kind.YEAR, "a", "b", 900, 880,
                new Estimate(-20, Double.NaN, Double.NaN), 1);
        assertTrue(Answer.sentence(one).contains("too few replications for an interval"), Answer.sentence(one));
    }

    @Test
    void atMostThreeSentences() {
        Difference x = d("harm_days_per_10k", 900, -60, -20);
        assertEquals(3, Answer.sentences(List.of(x, x, x, x, x)).size());
    }

    @Test
    void numbersAreRoundedToWhatTheIntervalSupports() {
        assertEquals(1, NumberText.decimals(2.8));
        assertEquals(0, NumberText.decimals(48));
        assertEquals(2, NumberText.decimals(0.28));
        assertEquals("1,234", NumberText.number(1234.4, 0));
        assertEquals("\u22120.5", NumberText.number(-0.5, 1));
        assertEquals("0.0", NumberText.number(-0.01, 1), "no minus on a rounded zero");
        assertEquals("+4.1", NumberText.signed(4.1, 1));
    }
}
