package org.cpsim.model.service.assessment;

import org.cpsim.model.metrics.Recorder;

/** The number of referrals waiting for or in assessment, integrated over time into child-days. */
final class OpenAssessments {
    private final Recorder recorder;
    private int open;
    private double lastIntegration;

    OpenAssessments(Recorder recorder) { this.recorder = recorder; }

    void change(int delta, double now) {
        integrate(now);
        open += delta;
    }

    /** Accumulates the child-days of open assessments into the recorder up to now. */
    void integrate(double now) {
        if (now > lastIntegration) {
            recorder.openAssessmentDays(open * (now - lastIntegration));
            lastIntegration = now;
        }
    }
}
