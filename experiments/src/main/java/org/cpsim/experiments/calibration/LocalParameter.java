package org.cpsim.experiments.calibration;

import java.util.List;

import org.cpsim.experiments.io.Origin;
import org.cpsim.model.config.AuthorityLevels;

/**
 * A local parameter of a pooled calibration, estimated for each authority: one of the authority's own
 * {@link AuthorityLevels} ({@code level}), or any scenario value multiplied by the authority's multiplier
 * ({@code path}). Estimated on the scale where the hierarchy is normal: the logarithm of a multiplier,
 * the shift itself for a shift ({@code thresholdShift}, {@code referralThresholdShift},
 * {@code protectionThresholdShift}) or a change of one between years ({@code referralThresholdChange},
 * {@code protectionThresholdChange}, from the scenario's {@code changeFrom}); 0 is England's value either way.
 *
 * @param name   a short name for columns and messages: the level's name, or the file's name for a path
 * @param path   the dotted scenario path of the value multiplied, or null for a level
 * @param level  the authority level, or null for a path
 * @param low    the smallest multiplier (or shift) allowed
 * @param high   the largest
 */
public record LocalParameter(String name, String path, String level, double low, double high, Origin origin) {

    /** The levels a pooled calibration can estimate (fundedPostsMultiplier comes from the workforce census). */
    public static final List<String> LEVELS = List.of("needOnsetMultiplier", "concernRateMultiplier", "thresholdShift", "referralThresholdShift",
            "protectionThresholdShift", "careEntryOddsMultiplier", "fundedPostsMultiplier", "referralThresholdChange", "protectionThresholdChange",
            "childInNeedReviewMultiplier", "strategyThresholdShift");
    /** The level a pooled calibration keeps from the scenario when it does not estimate it: the establishment (the workforce census). */
    public static final String KEPT = "fundedPostsMultiplier";
    /** The levels that are shifts (added, 0 England's) rather than multipliers. */
    static final List<String> SHIFTS = List.of("thresholdShift", "referralThresholdShift", "protectionThresholdShift", "referralThresholdChange",
            "protectionThresholdChange", "strategyThresholdShift");

    public LocalParameter {
        if ((path == null) == (level == null)) throw new IllegalArgumentException("a path or a level, not both");
        if (level != null && !LEVELS.contains(level)) throw new IllegalArgumentException("unknown level " + level);
        double neutral = level == null ? 1 : neutral(level);
        if (!(low < neutral && high > neutral && (additive(level) || low > 0))) throw new IllegalArgumentException("bounds must straddle " + neutral + ": [" + low + ", " + high + "]");
    }

    /**
     * The levels a pooled calibration runs an authority at, before its estimates are applied: England's for every
     * level but {@link #KEPT}, which is the scenario's. So the levels an earlier calibration wrote into the
     * scenario (say a concern level it estimated and this one does not) do not count, and the same calibration
     * file gives the same levels whatever the scenario holds; the levels file says which were held at England's.
     */
    static AuthorityLevels unestimated(AuthorityLevels inScenario) {
        AuthorityLevels n = AuthorityLevels.NEUTRAL;
        // The date a change would apply from is the scenario's too (the generator writes it from the figures' years).
        return new AuthorityLevels(n.needOnsetMultiplier(), n.concernRateMultiplier(), n.thresholdShift(), n.referralThresholdShift(),
                n.protectionThresholdShift(), n.careEntryOddsMultiplier(), inScenario.fundedPostsMultiplier(), 0, 0, inScenario.changeFrom(),
                n.childInNeedReviewMultiplier(), n.strategyThresholdShift());
    }

    /** England's value of a level (1 for a multiplier, 0 for a shift). */
    static double neutral(String level) { return additive(level) ? 0 : 1; }

    /** Whether a level is a shift (estimated as it is) rather than a multiplier. */
    public static boolean additive(String level) { return level != null && SHIFTS.contains(level); }

    /** Whether the parameter is a shift (estimated as it is) rather than a multiplier (estimated as its log). */
    public boolean additive() { return additive(level); }

    /** The estimated quantity's lowest value: log(low) for a multiplier. */
    public double scaleLow() { return additive() ? low : Math.log(low); }

    public double scaleHigh() { return additive() ? high : Math.log(high); }

    /** The multiplier (or shift) at x on the estimation scale. */
    public double level(double x) { return additive() ? x : Math.exp(x); }

    /** Levels with this parameter's set to its value at x. */
    AuthorityLevels applyTo(AuthorityLevels l, double x) { return l.with(level, level(x)); }
}
