package org.cpsim.model.metrics;

/** Values the recorder keeps one by one (not only summed), for the medians and percentiles indicators report. */
enum Sample {
    /** Working days from referral to the end of the assessment process. */
    ASSESSMENT_DURATION,
    /** Days from need arising to the first help. */
    NEED_TO_HELP
}
