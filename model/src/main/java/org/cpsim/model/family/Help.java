package org.cpsim.model.family;

/**
 * What a child is receiving, as it bears on need: the need hazards depend on it, and agencies raise
 * concerns only about children not already open to social care.
 */
public final class Help {
    private Help() {}

    public static final int NONE = 0;
    /** In an early help episode. */
    public static final int EARLY_HELP = 1;
    /** Open to social care (referral, assessment, enquiry) with no help yet. */
    public static final int OPEN = 2;
    /** Child in need plan, or help started during a single assessment. */
    public static final int CHILD_IN_NEED = 3;
    public static final int CHILD_PROTECTION = 4;
    public static final int LOOKED_AFTER = 5;
    public static final int COUNT = 6;

    /** Agencies raise concerns with the front door only about children not open to social care. */
    public static boolean agenciesMayRaiseConcern(int help) { return help == NONE || help == EARLY_HELP; }

    /** Significant harm counts as harm unless the child is protected by a plan or by care. */
    public static boolean protects(int help) { return help == CHILD_PROTECTION || help == LOOKED_AFTER; }
}
