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

    /** The band a perceived score falls in. */
    public Band band(double perceived) {
        if (perceived >= childProtection) return Band.CHILD_PROTECTION;
        if (perceived >= socialCare) return Band.SOCIAL_CARE;
        if (perceived >= earlyHelp) return Band.EARLY_HELP;
        return Band.NO_FURTHER_ACTION;
    }
}
