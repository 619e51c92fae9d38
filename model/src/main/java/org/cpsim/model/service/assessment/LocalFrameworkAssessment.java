package org.cpsim.model.service.assessment;

import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Band;

/**
 * A locally agreed framework (the trial authorities from 2011; everyone under Working Together
 * 2013): one single assessment whose length is set by professional judgement up to a local maximum,
 * worked in order of risk, with lighter recording, and help that may start while it runs.
 */
final class LocalFrameworkAssessment implements AssessmentRegime {
    private final AssessmentConfig.LocalFrameworkConfig config;

    LocalFrameworkAssessment(AssessmentConfig.LocalFrameworkConfig config) { this.config = config; }

    @Override public Stage firstStage() { return Stage.SINGLE; }

    @Override public double meanDirectHours(Stage stage) { return config.directHours(); }

    @Override public double recordingHours(Stage stage) { return config.recordingHours(); }

    @Override public double limitWorkingDays(Stage stage) { return config.maxWorkingDays(); }

    /** The local maximum is a rule of the framework, always kept. */
    @Override public boolean cutsShortAtLimit(Stage stage, double uniform) { return true; }

    @Override public Stage next(Stage completed, Band band) { return null; }

    @Override public AssessmentConfig.QueueOrder queueOrder() { return config.queueOrder(); }

    @Override public boolean helpDuringAssessment(double uniform) { return uniform < config.helpDuringAssessmentProbability(); }
}
