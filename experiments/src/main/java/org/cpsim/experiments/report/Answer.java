package org.cpsim.experiments.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The brief's answer in plain sentences, written from the headline differences: the central estimate
 * with its range (the 95% interval), its share of the baseline level for scale, whether lower is better,
 * and "no clear difference" whenever the interval includes zero, so a chance wobble is never reported as
 * an effect. The sentences lead with the largest clear effect, then the next headline in order of
 * interest, then what it costs, so the reader gets the size of the prize and its price first.
 */
final class Answer {
    /** The AQuA guidance asks for two or three sentences; more would stop being an answer. */
    static final int MAX_SENTENCES = 3;

    private Answer() {}

    /** Without cost figures: the largest clear effect, then the headlines in order of interest. */
    static List<String> sentences(List<Difference> headlines) { return sentences(headlines, List.of()); }

    /**
     * @param headlines the headline differences, in order of interest
     * @param costs     the total-cost difference of each option in the same year (may be empty)
     */
    static List<String> sentences(List<Difference> headlines, List<Difference> costs) {
        List<Difference> order = new ArrayList<>();
        int first = largest(headlines);
        if (first >= 0) order.add(headlines.get(first));
        Difference cost = null;
        if (!order.isEmpty()) {
            for (Difference c : costs) if (c.variant().equals(order.get(0).variant())) cost = c;
        }
        int room = MAX_SENTENCES - (cost == null ? 0 : 1);
        for (int i = 0; i < headlines.size() && order.size() < room; i++) {
            Difference d = headlines.get(i);
            boolean isCost = cost != null && d.indicator().equals(cost.indicator()) && d.variant().equals(cost.variant());
            if (i != first && !isCost) order.add(d);
        }
        if (cost != null) order.add(cost);
        List<String> out = new ArrayList<>();
        for (Difference d : order) out.add(sentence(d));
        return out;
    }

    /** The index of the clear difference (interval excluding zero) largest against its baseline level; else 0; -1 if none. */
    static int largest(List<Difference> headlines) {
        int best = headlines.isEmpty() ? -1 : 0;
        double size = -1;
        for (int i = 0; i < headlines.size(); i++) {
            Difference d = headlines.get(i);
            if (!d.difference().hasInterval() || d.difference().spansZero() || IndicatorText.isMoney(d.indicator())) continue;
            double relative = Math.abs(d.relativeToBaseline().mean());
            if (!Double.isNaN(relative) && relative > size) {
                size = relative;
                best = i;
            }
        }
        return best;
    }

    /**
     * One difference as a sentence, like "Local framework lowers the median assessment time by 7.5
     * working days (95% interval 6.1 to 8.9; 18% to 26%). Lower is quicker, not
     * better in itself." The year goes in the heading above, which all sentences share; the share of the
     * baseline level is left out for percentages, where a percent of a percent would confuse.
     */
    static String sentence(Difference d) {
        String id = d.indicator();
        boolean money = IndicatorText.isMoney(id);
        String unit = IndicatorText.differenceUnit(id);
        String plain = IndicatorText.plain(id);
        Estimate e = d.difference();
        String better = IndicatorText.better(id);
        if (!e.hasInterval()) {
            int places = NumberText.levelDecimals(e.mean());
            return d.variant() + " changes " + plain + " by about " + NumberText.amount(e.mean(), places, money, true) + suffix(unit)
                    + " (too few replications for an interval)." + better;
        }
        int places = NumberText.decimals(e.high() - e.low());
        if (e.spansZero()) {
            return d.variant() + " makes no clear difference to " + plain + ": " + NumberText.amount(e.mean(), places, money, true) + suffix(unit)
                    + " (95% interval " + NumberText.amount(e.low(), places, money, true) + " to "
                    + NumberText.amount(e.high(), places, money, true) + ")." + better;
        }
        boolean lower = e.high() < 0;
        double near = lower ? -e.high() : e.low(), far = lower ? -e.low() : e.high();
        return d.variant() + (lower ? " lowers " : " raises ") + plain + " by " + NumberText.amount(Math.abs(e.mean()), places, money, false)
                + suffix(unit) + " (95% interval " + NumberText.amount(near, places, money, false) + " to "
                + NumberText.amount(far, places, money, false) + share(d, near, far) + ")." + better;
    }

    /** "; 18% to 26%" of the baseline level, or nothing when that would mislead. */
    private static String share(Difference d, double near, double far) {
        double base = d.baselineMean();
        if (IndicatorText.isPercent(d.indicator()) || Double.isNaN(base) || base <= 0) return "";
        long a = Math.round(100 * near / base), b = Math.round(100 * far / base);
        return "; " + (a == b ? a + "%" : a + "% to " + b + "%");
    }

    private static String suffix(String unit) { return unit.isEmpty() ? "" : " " + unit; }
}
