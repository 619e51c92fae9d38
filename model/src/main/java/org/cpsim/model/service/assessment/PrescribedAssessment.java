package org.cpsim.model.service.assessment;

import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Band;

/**
 * Nationally prescribed timescales (Working Together 2006/2010): an initial assessment within the
 * initial deadline from referral, then, where need is complex or more, a core assessment within 35
 * working days of its start. Work waits in deadline order; recording is heavy; a worker facing an
 * overrun may finish at the deadline with less direct time.
 */
final class PrescribedAssessment implements AssessmentRegime {
    private final AssessmentConfig.PrescribedConfig config;

    PrescribedAssessment(AssessmentConfig.PrescribedConfig config) { this.config = config; }

    @Override public Stage firstStage() { return Stage.INITIAL; }

    @Override public double meanDirectHours(Stage stage) {
        return stage == Stage.CORE ? config.coreDirectHours() : config.initialDirectHours();
    }

    @Override public double recordingHours(Stage stage) {
        return stage == Stage.CORE ? config.coreRecordingHours() : config.initialRecordingHours();
    }

    @Override public double limitWorkingDays(Stage stage) {
        return stage == Stage.CORE ? config.coreDeadlineWorkingDays() : config.initialDeadlineWorkingDays();
    }

    @Override public boolean cutsShortAtLimit(Stage stage, double uniform) { return uniform < config.rushProbability(); }

    @Override public Stage next(Stage completed, Band band) {
        if (completed == Stage.INITIAL && band.atLeast(Band.SOCIAL_CARE)) return Stage.CORE;
        return null;
    }

    @Override public AssessmentConfig.QueueOrder queueOrder() { return config.queueOrder(); }

    @Override public boolean helpDuringAssessment(double uniform) { return false; }
}
