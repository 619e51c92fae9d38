package org.cpsim.experiments.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The brief's answer in plain sentences, written from the headline differences: direction and size
 * as a range (the 95% interval), the baseline level for scale, and "no clear difference" whenever the
 * interval includes zero, so a chance wobble is never reported as an effect.
 */
final class Answer {
    /** The AQuA guidance asks for two or three sentences; more would stop being an answer. */
    static final int MAX_SENTENCES = 3;

    private Answer() {}

    static List<String> sentences(List<Difference> headlines) {
        List<String> out = new ArrayList<>();
        for (Difference d : headlines) {
            if (out.size() == MAX_SENTENCES) break;
            out.add(sentence(d));
        }
        return out;
    }

    /**
     * One difference as a sentence, like "local-framework lowers the median assessment time by 6.1 to
     * 8.9 working days (18% to 26%; 95% interval)". The year goes in the heading above, which all
     * sentences share; the share of the baseline level gives the size a scale (left out for
     * percentages, where a percent of a percent would confuse).
     */
    static String sentence(Difference d) {
        String id = d.indicator();
        boolean money = IndicatorText.isMoney(id);
        String unit = IndicatorText.differenceUnit(id);
        String plain = IndicatorText.plain(id);
        Estimate e = d.difference();
        if (!e.hasInterval()) {
            int places = NumberText.levelDecimals(e.mean());
            return d.variant() + " changes " + plain + " by about " + NumberText.amount(e.mean(), places, money, true) + suffix(unit)
                    + " (too few replications for an interval).";
        }
        int places = NumberText.decimals(e.high() - e.low());
        if (e.spansZero()) {
            return d.variant() + " makes no clear difference to " + plain + ": " + NumberText.amount(e.low(), places, money, true) + " to "
                    + NumberText.amount(e.high(), places, money, true) + suffix(unit) + " (95% interval).";
        }
        boolean lower = e.high() < 0;
        double near = lower ? -e.high() : e.low(), far = lower ? -e.low() : e.high();
        return d.variant() + (lower ? " lowers " : " raises ") + plain + " by " + NumberText.amount(near, places, money, false) + " to "
                + NumberText.amount(far, places, money, false) + suffix(unit) + " (" + share(d, near, far) + "95% interval).";
    }

    /** "18% to 26%; " of the baseline level, or nothing when that would mislead. */
    private static String share(Difference d, double near, double far) {
        double base = d.baselineMean();
        if (IndicatorText.isPercent(d.indicator()) || Double.isNaN(base) || base <= 0) return "";
        long a = Math.round(100 * near / base), b = Math.round(100 * far / base);
        return (a == b ? a + "%" : a + "% to " + b + "%") + "; ";
    }

    private static String suffix(String unit) { return unit.isEmpty() ? "" : " " + unit; }
}
