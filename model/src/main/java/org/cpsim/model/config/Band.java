package org.cpsim.model.config;

/**
 * What a threshold document decides for a perceived need score, in rising order of concern: the
 * order is meaningful (a later band is a more serious decision), the numbering is not.
 */
public enum Band {
    NO_FURTHER_ACTION, EARLY_HELP, SOCIAL_CARE, CHILD_PROTECTION;

    /** Whether this decision is at least as serious as {@code other}. */
    public boolean atLeast(Band other) { return compareTo(other) >= 0; }
}
