package org.cpsim.experiments.calibration;

import java.util.List;

import org.cpsim.experiments.io.Origin;
import org.cpsim.model.config.AuthorityLevels;

/**
 * A local parameter of a pooled calibration, estimated for each authority: one of the authority's own
 * {@link AuthorityLevels} ({@code level}), or any scenario value multiplied by the authority's multiplier
 * ({@code path}). Estimated on the scale where the hierarchy is normal: the logarithm of a multiplier,
 * the shift itself for {@code thresholdShift}; 0 is England's value either way.
 *
 * @param name   a short name for columns and messages: the level's name, or the file's name for a path
 * @param path   the dotted scenario path of the value multiplied, or null for a level
 * @param level  the authority level, or null for a path
 * @param low    the smallest multiplier (or shift) allowed
 * @param high   the largest
 */
public record LocalParameter(String name, String path, String level, double low, double high, Origin origin) {

    /** The levels a pooled calibration can estimate (fundedPostsMultiplier comes from the workforce census). */
    public static final List<String> LEVELS = List.of("needOnsetMultiplier", "concernRateMultiplier", "thresholdShift", "careEntryOddsMultiplier",
            "fundedPostsMultiplier");
    static final String SHIFT = "thresholdShift";

    public LocalParameter {
        if ((path == null) == (level == null)) throw new IllegalArgumentException("a path or a level, not both");
        if (level != null && !LEVELS.contains(level)) throw new IllegalArgumentException("unknown level " + level);
        double neutral = additive(level) ? 0 : 1;
        if (!(low < neutral && high > neutral && (additive(level) || low > 0))) throw new IllegalArgumentException("bounds must straddle " + neutral + ": [" + low + ", " + high + "]");
    }

    static boolean additive(String level) { return SHIFT.equals(level); }

    /** Whether the parameter is a shift (estimated as it is) rather than a multiplier (estimated as its log). */
    public boolean additive() { return additive(level); }

    /** The estimated quantity's lowest value: log(low) for a multiplier. */
    public double scaleLow() { return additive() ? low : Math.log(low); }

    public double scaleHigh() { return additive() ? high : Math.log(high); }

    /** The multiplier (or shift) at x on the estimation scale. */
    public double level(double x) { return additive() ? x : Math.exp(x); }

    /** Levels with this parameter's set to its value at x. */
    AuthorityLevels applyTo(AuthorityLevels l, double x) {
        double v = level(x);
        return switch (level) {
            case "needOnsetMultiplier" -> new AuthorityLevels(v, l.concernRateMultiplier(), l.thresholdShift(), l.careEntryOddsMultiplier(), l.fundedPostsMultiplier());
            case "concernRateMultiplier" -> new AuthorityLevels(l.needOnsetMultiplier(), v, l.thresholdShift(), l.careEntryOddsMultiplier(), l.fundedPostsMultiplier());
            case "thresholdShift" -> new AuthorityLevels(l.needOnsetMultiplier(), l.concernRateMultiplier(), v, l.careEntryOddsMultiplier(), l.fundedPostsMultiplier());
            case "careEntryOddsMultiplier" -> new AuthorityLevels(l.needOnsetMultiplier(), l.concernRateMultiplier(), l.thresholdShift(), v, l.fundedPostsMultiplier());
            case "fundedPostsMultiplier" -> new AuthorityLevels(l.needOnsetMultiplier(), l.concernRateMultiplier(), l.thresholdShift(), l.careEntryOddsMultiplier(), v);
            default -> throw new IllegalStateException(level);
        };
    }
}
