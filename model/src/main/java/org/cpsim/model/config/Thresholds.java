package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.ascending;

import java.io.Serializable;

/**
 * Cut points on the perceived need score (the true levels none, emerging, complex and significant
 * harm score 0, 1, 2 and 3; perception adds error): below {@code earlyHelp} no further action, then
 * early help, then social care, then child protection.
 */
public record Thresholds(double earlyHelp, double socialCare, double childProtection) implements Serializable {
    public Thresholds {
        ascending("thresholds (earlyHelp < socialCare < childProtection)", earlyHelp, socialCare, childProtection);
    }

    /**
     * The cut points with the child protection one lowered by {@code margin} (the bar for a strategy discussion,
     * {@code plans.childProtection.strategyDiscussionMargin}); these when it is 0. Refused, naming {@code field},
     * if the lowered bar is not above the social care one.
     */
    public Thresholds withChildProtectionLowered(double margin, String field) {
        if (margin == 0) return this;
        double bar = childProtection - margin;
        if (!(bar > socialCare)) {
            throw new ConfigException(field, "a margin that keeps the bar for a strategy discussion above the social care bar (" + socialCare + ")",
                    margin + " (giving " + bar + ")");
        }
        return new Thresholds(earlyHelp, socialCare, bar);
    }

    /** The band a perceived score falls in. */
    public Band band(double perceived) {
        if (perceived >= childProtection) return Band.CHILD_PROTECTION;
        if (perceived >= socialCare) return Band.SOCIAL_CARE;
        if (perceived >= earlyHelp) return Band.EARLY_HELP;
        return Band.NO_FURTHER_ACTION;
    }
}
