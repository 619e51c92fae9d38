package org.cpsim.model.workforce;

/** The kinds of case a social worker holds; plans take a fixed number of hours a week. */
public enum CaseKind { ASSESSMENT, ENQUIRY, CIN_PLAN, CP_PLAN, LOOKED_AFTER }
