package org.cpsim.experiments.report;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.cpsim.model.metrics.Period;
import org.junit.jupiter.api.Test;

/**
 * The answer's sentences give the central estimate with its range, say whether lower is better, say "no clear
 * difference" when the range includes zero, and lead with the largest clear effect and end with its cost.
 */
class AnswerTest {
    static Difference d(String indicator, double base, double low, double high) {
        return new Difference(indicator, "2013-14", Period.Kind.YEAR, "england-baseline", "local-framework", base, base + (low + high) / 2,
                new Estimate((low + high) / 2, low, high), 30);
    }

    @Test
    void aClearFallIsARangeWithItsShareOfTheBaseline() {
        assertEquals("local-framework lowers the median assessment time by 7.5 working days (95% interval 6.1 to 8.9; 18% to 26%). Lower is quicker, not better in itself.",
                Answer.sentence(d("single_assessment_median_wd", 34, -8.94, -6.08)));
    }

    @Test
    void aClearRiseSaysRaises() {
        assertEquals("local-framework raises the referral rate by 21 per 10,000 children (95% interval 12 to 31; 2% to 6%)."
                        + " Neither way is better in itself.",
                Answer.sentence(d("referral_rate_per_10k", 521, 12.2, 30.6)));
    }

    @Test
    void anIntervalThroughZeroIsNoClearDifference() {
        assertEquals("local-framework makes no clear difference to the median time from need arising to first help: "
                + "\u22123 days (95% interval \u22129 to +3). Lower is better.", Answer.sentence(d("need_to_help_days_median", 118, -9, 3)));
    }

    @Test
    void percentagesDifferInPercentagePoints() {
        assertEquals("local-framework raises assessment accuracy by 4.1 percentage points (95% interval 2.8 to 5.4). Higher is better.",
                Answer.sentence(d("assessment_accuracy_pct", 71.5, 2.8, 5.4)));
    }

    @Test
    void moneyIsInPounds() {
        assertEquals("local-framework makes no clear difference to total cost: +\u00a352,000 (95% interval \u2212\u00a366,000 to +\u00a3170,000).",
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
    void theAnswerLeadsWithTheLargestClearEffectAndEndsWithItsCost() {
        Difference time = d("single_assessment_median_wd", 34, -2, -1);      // 3% to 6%
        Difference unclear = d("referral_rate_per_10k", 500, -300, 200);     // large, but through zero
        Difference harm = d("harm_days_per_10k", 900, -300, -200);           // 22% to 33%: the largest clear effect
        Difference cost = d("cost_total_gbp", 4_000_000, 100_000, 300_000);
        List<String> s = Answer.sentences(List.of(time, unclear, harm), List.of(cost));
        assertEquals(3, s.size());
        assertTrue(s.get(0).startsWith("local-framework lowers the days children spend at significant harm without protection by 250 "), s.get(0));
        assertTrue(s.get(0).endsWith("Lower is better."), s.get(0));
        assertTrue(s.get(1).startsWith("local-framework lowers the median assessment time"), s.get(1));
        assertTrue(s.get(2).startsWith("local-framework raises total cost by \u00a3200,000 (95% interval \u00a3100,000 to \u00a3300,000"), s.get(2));
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
