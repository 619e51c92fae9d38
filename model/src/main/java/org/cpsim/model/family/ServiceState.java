package org.cpsim.model.family;

/** Where a child is in the system. Every child is in exactly one state at every moment. */
public enum ServiceState {
    NOT_KNOWN, EARLY_HELP, ASSESSMENT, SECTION47, CIN_PLAN, CP_PLAN, LOOKED_AFTER;

    private static final ServiceState[] VALUES = values();

    public static ServiceState of(int ordinal) { return VALUES[ordinal]; }

    /** Children in need, as the CIN census counts them: open to social care. */
    public boolean isChildInNeed() { return this != NOT_KNOWN && this != EARLY_HELP; }
}
