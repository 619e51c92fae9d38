package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;

/**
 * Assessment of referred children under one of two regimes, switchable by date in the timeline.
 *
 * @param regime             which regime is in force
 * @param prescribed         nationally prescribed timescales: initial then core assessment
 * @param localFramework     a locally agreed framework: one single assessment
 * @param workHoursShape     shape of the gamma distribution of the hours an assessment needs (1 = exponential)
 * @param accuracy           how direct time and experience set the error of an assessment
 * @param outcomeThresholds  cut points applied to the assessed need score
 */
public record AssessmentConfig(
        Regime regime,
        PrescribedConfig prescribed,
        LocalFrameworkConfig localFramework,
        double workHoursShape,
        AccuracyConfig accuracy,
        Thresholds outcomeThresholds) implements Serializable {

    public AssessmentConfig {
        present("regime", regime);
        present("prescribed", prescribed);
        present("localFramework", localFramework);
        positive("workHoursShape", workHoursShape);
        present("accuracy", accuracy);
        present("outcomeThresholds", outcomeThresholds);
    }

    /** The same assessment with other outcome cut points (an authority's protection bar, the bar's trend). */
    public AssessmentConfig withOutcomeThresholds(Thresholds thresholds) {
        return new AssessmentConfig(regime, prescribed, localFramework, workHoursShape, accuracy, thresholds);
    }

    public enum Regime { PRESCRIBED, LOCAL_FRAMEWORK }

    /**
     * FRESH: every stage's judgement is a new draw, independent of the last, so a child gets a new
     * chance to cross a threshold at each stage. REFINE: a later stage refines the judgement before it
     * with the evidence it adds, so its error is correlated with the earlier one (same sd as FRESH).
     */
    public enum LaterLooks { FRESH, REFINE }

    /** Order in which waiting referrals are allocated to social workers. */
    public enum QueueOrder { ARRIVAL, DEADLINE, RISK }

    /**
     * @param initialDeadlineWorkingDays  7 until April 2010, then 10 (Working Together 2010)
     * @param coreDeadlineWorkingDays     35 (Working Together 2010)
     * @param initialDirectHours          mean hours of direct work an initial assessment needs
     * @param initialRecordingHours       hours of recording (forms, IT) an initial assessment needs
     * @param coreDirectHours             mean hours of direct work a core assessment needs
     * @param coreRecordingHours          hours of recording a core assessment needs
     * @param rushProbability             probability that a worker whose assessment would overrun its deadline
     *                                    finishes it at the deadline with less direct time
     * @param queueOrder                  allocation order
     * @param coreAssessmentShare         share of children judged in need (below significant harm) at the initial
     *                                    assessment who have a core assessment; the others start a child in need plan on
     *                                    the initial assessment (Working Together 2010 5.40: services, a core assessment,
     *                                    or a strategy discussion); 1 = a core assessment for every one
     * @param singleAssessmentShare       share of referrals assessed instead with the local framework's single
     *                                    assessment while these timescales are in force: an average authority
     *                                    standing for authorities some of which have moved (2013-14, when they
     *                                    changed forms during the year); 0 = every referral on the prescribed forms
     */
    public record PrescribedConfig(
            int initialDeadlineWorkingDays,
            int coreDeadlineWorkingDays,
            double initialDirectHours,
            double initialRecordingHours,
            double coreDirectHours,
            double coreRecordingHours,
            double rushProbability,
            QueueOrder queueOrder,
            double coreAssessmentShare,
            double singleAssessmentShare) implements Serializable {
        public PrescribedConfig {
            positive("initialDeadlineWorkingDays", initialDeadlineWorkingDays);
            positive("coreDeadlineWorkingDays", coreDeadlineWorkingDays);
            positive("initialDirectHours", initialDirectHours);
            nonNegative("initialRecordingHours", initialRecordingHours);
            positive("coreDirectHours", coreDirectHours);
            nonNegative("coreRecordingHours", coreRecordingHours);
            probability("rushProbability", rushProbability);
            present("queueOrder", queueOrder);
            probability("coreAssessmentShare", coreAssessmentShare);
            probability("singleAssessmentShare", singleAssessmentShare);
        }
    }

    /**
     * @param maxWorkingDays       the local maximum length (45 working days in Working Together 2013)
     * @param directHours          mean hours of direct work a single assessment needs
     * @param recordingHours       hours of recording a single assessment needs
     * @param helpDuringAssessmentProbability probability that help starts while the assessment runs
     * @param queueOrder           allocation order
     */
    public record LocalFrameworkConfig(
            int maxWorkingDays,
            double directHours,
            double recordingHours,
            double helpDuringAssessmentProbability,
            QueueOrder queueOrder) implements Serializable {
        public LocalFrameworkConfig {
            positive("maxWorkingDays", maxWorkingDays);
            positive("directHours", directHours);
            nonNegative("recordingHours", recordingHours);
            probability("helpDuringAssessmentProbability", helpDuringAssessmentProbability);
            present("queueOrder", queueOrder);
        }
    }

    /**
     * Error sd of an assessment: {@code residualSd + (uninformedSd - residualSd) * exp(-directHours / learningHours)},
     * times {@code 1 + newWorkerSdIncrease * exp(-experienceMonths / experienceScaleMonths)}.
     *
     * @param laterLooks how the judgement at a later stage of the same assessment process (core assessment,
     *                   section 47 enquiry) relates to the one before it
     */
    public record AccuracyConfig(
            double uninformedSd,
            double residualSd,
            double learningHours,
            double newWorkerSdIncrease,
            double experienceScaleMonths,
            LaterLooks laterLooks) implements Serializable {
        public AccuracyConfig {
            nonNegative("uninformedSd", uninformedSd);
            nonNegative("residualSd", residualSd);
            if (residualSd > uninformedSd) throw new ConfigException("residualSd", "at most uninformedSd (" + uninformedSd + ")", residualSd);
            positive("learningHours", learningHours);
            nonNegative("newWorkerSdIncrease", newWorkerSdIncrease);
            positive("experienceScaleMonths", experienceScaleMonths);
            present("laterLooks", laterLooks);
        }

        public double sd(double directHours, double experienceMonths) {
            double informed = residualSd + (uninformedSd - residualSd) * Math.exp(-directHours / learningHours);
            return informed * (1 + newWorkerSdIncrease * Math.exp(-experienceMonths / experienceScaleMonths));
        }
    }
}
