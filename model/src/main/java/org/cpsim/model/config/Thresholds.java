package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.ascending;

import java.io.Serializable;

/**
 * Cut points on the perceived need score (true levels are 0 none, 1 emerging, 2 complex,
 * 3 significant harm; perception adds error): below {@code earlyHelp} no further action, then early
 * help, then social care, then child protection.
 */
public record Thresholds(double earlyHelp, double socialCare, double childProtection) implements Serializable {
    public Thresholds {
        ascending("thresholds (earlyHelp < socialCare < childProtection)", earlyHelp, socialCare, childProtection);
    }

    /** 0 no further action, 1 early help, 2 social care, 3 child protection. */
    public int band(double perceived) {
        if (perceived >= childProtection) return 3;
        if (perceived >= socialCare) return 2;
        if (perceived >= earlyHelp) return 1;
        return 0;
    }
}
