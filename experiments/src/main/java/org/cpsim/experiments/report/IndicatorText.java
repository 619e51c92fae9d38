package org.cpsim.experiments.report;

import java.util.Locale;
import java.util.Map;

import org.cpsim.model.metrics.Indicator;

/**
 * How an indicator is named on a chart or in a sentence. Titles and units come from {@link Indicator}
 * (declared once); a few headline indicators also get a plain name for the brief's sentences, where
 * "the median assessment time" reads better than the statistical definition. Ids the enum does not
 * know (results from another version) are shown as they are.
 */
public final class IndicatorText {
    /** A plain name for sentences (with its article) and a short label for chart axes and table rows. */
    private record Plain(String sentence, String label) {}

    private static final Map<Indicator, Plain> PLAIN = Map.ofEntries(
            Map.entry(Indicator.SINGLE_ASSESSMENT_MEDIAN_WD, new Plain("the median assessment time", "Median assessment time")),
            Map.entry(Indicator.ASSESSMENT_DURATION_P90_WD, new Plain("the time taken by the longest assessments (90th percentile)", "Longest assessments (p90)")),
            Map.entry(Indicator.SINGLE_ASSESSMENT_WITHIN_45WD_PCT, new Plain("the share of assessments done within 45 working days", "Assessed within 45 days")),
            Map.entry(Indicator.HARM_DAYS_PER_10K, new Plain("the days children spend at significant harm without protection", "Days at harm, unprotected")),
            Map.entry(Indicator.NEED_TO_HELP_DAYS_MEDIAN, new Plain("the median time from need arising to first help", "Need to first help")),
            Map.entry(Indicator.NEED_TO_HELP_DAYS_MEAN, new Plain("the mean time from need arising to first help", "Need to first help (mean)")),
            Map.entry(Indicator.REFERRAL_RATE_PER_10K, new Plain("the referral rate", "Referral rate")),
            Map.entry(Indicator.RE_REFERRALS_WITHIN_12M_PCT, new Plain("re-referrals within 12 months", "Re-referrals in 12 months")),
            Map.entry(Indicator.CP_PLAN_RATE_PER_10K, new Plain("the rate of children on a protection plan", "Child protection plans")),
            Map.entry(Indicator.CIN_RATE_PER_10K, new Plain("the rate of children in need", "Children in need")),
            Map.entry(Indicator.LOOKED_AFTER_RATE_PER_10K, new Plain("the rate of looked-after children", "Looked-after children")),
            Map.entry(Indicator.ASSESSMENT_ACCURACY_PCT, new Plain("assessment accuracy", "Assessment accuracy")),
            Map.entry(Indicator.ASSESSMENT_UNDER_CALLED_PCT, new Plain("the share of assessments that miss need", "Assessments missing need")),
            Map.entry(Indicator.SW_TURNOVER_RATE_FTE_PCT, new Plain("social worker turnover", "Social worker turnover")),
            Map.entry(Indicator.SW_CASELOAD_MEAN, new Plain("the mean caseload", "Mean caseload")),
            Map.entry(Indicator.SW_DIRECT_WORK_SHARE_PCT, new Plain("the share of social work time spent with families", "Time with families")),
            Map.entry(Indicator.COST_TOTAL_GBP, new Plain("total cost", "Total cost")),
            Map.entry(Indicator.COST_PER_CHILD_HELPED_GBP, new Plain("the cost per child helped", "Cost per child helped")),
            Map.entry(Indicator.EARLY_HELP_WAIT_DAYS_MEAN, new Plain("the mean wait for early help", "Wait for early help")));

    /**
     * Which way is better for the child or the service, said after each answer sentence. Only where the
     * direction is not a judgement: less harm, quicker help, fewer re-referrals (children coming back),
     * more accurate assessments. Rates of referral, plans and children in need are left unjudged (more
     * may mean need found, not need made), as are assessment time (quicker is not better if it is less
     * accurate) and cost (the price of the effect, weighed by the reader).
     */
    private static final Map<Indicator, String> BETTER = Map.ofEntries(
            Map.entry(Indicator.HARM_DAYS_PER_10K, " Lower is better."),
            Map.entry(Indicator.NEED_TO_HELP_DAYS_MEDIAN, " Lower is better."),
            Map.entry(Indicator.NEED_TO_HELP_DAYS_MEAN, " Lower is better."),
            Map.entry(Indicator.RE_REFERRALS_WITHIN_12M_PCT, " Lower is better."),
            Map.entry(Indicator.ASSESSMENT_UNDER_CALLED_PCT, " Lower is better."),
            Map.entry(Indicator.EARLY_HELP_WAIT_DAYS_MEAN, " Lower is better."),
            Map.entry(Indicator.SW_TURNOVER_RATE_FTE_PCT, " Lower is better."),
            Map.entry(Indicator.ASSESSMENT_ACCURACY_PCT, " Higher is better."),
            Map.entry(Indicator.SW_DIRECT_WORK_SHARE_PCT, " Higher is better."),
            Map.entry(Indicator.SINGLE_ASSESSMENT_MEDIAN_WD, " Lower is quicker, not better in itself."),
            Map.entry(Indicator.REFERRAL_RATE_PER_10K, " Neither way is better in itself."),
            Map.entry(Indicator.CP_PLAN_RATE_PER_10K, " Neither way is better in itself."),
            Map.entry(Indicator.CIN_RATE_PER_10K, " Neither way is better in itself."));

    /** Whether lower is better, as a sentence to follow an answer (with its leading space), or empty if not judged. */
    static String better(String id) {
        Indicator i = Indicator.byId(id);
        return i == null ? "" : BETTER.getOrDefault(i, "");
    }

    /** Longest label a chart axis takes before it is shortened. */
    private static final int LABEL_CHARACTERS = 28;

    private IndicatorText() {}

    /** Titles for indicators whose definition leans on its neighbours in the list ("All costs above"). */
    private static final Map<Indicator, String> TITLE = Map.of(
            Indicator.COST_TOTAL_GBP, "Total cost: social work, agency premium, early help, conferences and care");

    /** A chart title: the definition up to its first colon or bracket, so it fits on one or two lines. */
    static String title(String id) {
        Indicator i = Indicator.byId(id);
        if (i == null) return capitalise(id.replace('_', ' '));
        if (TITLE.containsKey(i)) return TITLE.get(i);
        String d = i.definition();
        int cut = d.length();
        for (String stop : new String[] {": ", " (", ", as a share", ", over "}) {
            int at = d.indexOf(stop);
            if (at > 0) cut = Math.min(cut, at);
        }
        return d.substring(0, cut);
    }

    /** The unit as declared ({@code working days}, {@code per 10,000 children}); empty if unknown. */
    static String unit(String id) {
        Indicator i = Indicator.byId(id);
        return i == null ? "" : i.unit();
    }

    /** An axis label: the unit, capitalised. */
    static String axisLabel(String id) {
        String u = unit(id);
        if (isMoney(id)) return "\u00a3 (scenario price year)";
        return u.isEmpty() ? capitalise(id.replace('_', ' ')) : capitalise(u);
    }

    /**
     * The unit of a difference: a difference of two percentages is in percentage points, not percent
     * (writing "percent" would understate or overstate it relative to the level).
     */
    static String differenceUnit(String id) {
        String u = unit(id);
        if (isPercent(id)) return "percentage points";
        if (isMoney(id)) return "";
        return u;
    }

    static boolean isPercent(String id) { return unit(id).startsWith("percent"); }

    static boolean isMoney(String id) { return unit(id).startsWith("GBP"); }

    /** A name for a sentence, with its article: "the median assessment time". */
    static String plain(String id) {
        Plain p = plainFor(id);
        if (p != null) return p.sentence();
        String t = title(id);
        return t.isEmpty() ? id : Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    /** A short name for a table row or a chart's category axis. */
    public static String label(String id) {
        Plain p = plainFor(id);
        if (p != null) return p.label();
        String t = title(id);
        return t.length() <= LABEL_CHARACTERS ? t : t.substring(0, LABEL_CHARACTERS - 1).strip() + "\u2026";
    }

    private static Plain plainFor(String id) {
        Indicator i = Indicator.byId(id);
        return i == null ? null : PLAIN.get(i);
    }

    static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
