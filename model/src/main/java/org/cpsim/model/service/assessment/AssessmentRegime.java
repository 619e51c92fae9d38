package org.cpsim.model.service.assessment;

import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Band;

/** What differs between assessment regimes: stages, work, deadlines and the order of the queue. */
interface AssessmentRegime {
    Stage firstStage();

    /** Mean direct hours and recording hours the stage needs. */
    double meanDirectHours(Stage stage);

    double recordingHours(Stage stage);

    /** Working days from the stage's reference point to its deadline or limit; infinite when none. */
    double limitWorkingDays(Stage stage);

    /** Whether a stage that would overrun its limit is cut short to meet it (with less direct work). */
    boolean cutsShortAtLimit(Stage stage, double uniform);

    /** The stage that follows a completed stage with the given decision band, or null when the process ends. */
    Stage next(Stage completed, Band band);

    AssessmentConfig.QueueOrder queueOrder();

    boolean helpDuringAssessment(double uniform);
}
