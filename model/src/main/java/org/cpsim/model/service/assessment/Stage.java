package org.cpsim.model.service.assessment;

/** Stages of the assessment process. */
public enum Stage {
    /** Prescribed regime: initial assessment (7, later 10 working days). */
    INITIAL,
    /** Prescribed regime: core assessment (35 working days). */
    CORE,
    /** Local framework: one single assessment. */
    SINGLE,
    /** Strategy discussion and section 47 enquiry. */
    ENQUIRY
}
