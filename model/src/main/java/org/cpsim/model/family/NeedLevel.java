package org.cpsim.model.family;

import org.cpsim.model.config.Band;

/**
 * The latent need levels. The population stores a child's level as its {@link #code()} in a byte
 * array and the need process works on codes; this type is what the rest of the model talks in.
 */
public enum NeedLevel {
    NONE(Band.NO_FURTHER_ACTION),
    EMERGING(Band.EARLY_HELP),
    COMPLEX(Band.SOCIAL_CARE),
    SIGNIFICANT_HARM(Band.CHILD_PROTECTION);

    public static final int COUNT = 4;
    private static final NeedLevel[] VALUES = values();

    private final Band rightBand;

    NeedLevel(Band rightBand) { this.rightBand = rightBand; }

    public static NeedLevel of(int code) { return VALUES[code]; }

    /** The level's code, also its score on the scale thresholds cut (0 none to 3 significant harm). */
    public int code() { return ordinal(); }

    /** The decision this level of need calls for: what a judgement without error would decide. */
    public Band rightBand() { return rightBand; }

    /** The level as scenario files and outputs spell it. */
    public String label() { return name().toLowerCase(java.util.Locale.ROOT); }
}
