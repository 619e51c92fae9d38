package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;

/**
 * Child in need plans, child protection (strategy discussion, section 47 enquiry, conference, plan)
 * and drift when workers are overloaded.
 *
 * @param childInNeed       child in need plans
 * @param childProtection   section 47 enquiries, conferences and child protection plans
 * @param reviewPerceptionSd error sd of the need judged at a plan review (the worker knows the family by then)
 * @param driftCaseloadRatio a worker whose caseload exceeds this multiple of the manageable caseload lets reviews drift
 * @param driftDelayWeeks   how late a drifting review is held
 * @param directShareOfPlanWork share of the hours a plan takes that is direct work with the child and family (the rest recording, meetings, travel)
 */
public record PlansConfig(
        ChildInNeedConfig childInNeed,
        ChildProtectionConfig childProtection,
        double reviewPerceptionSd,
        double driftCaseloadRatio,
        double driftDelayWeeks,
        double directShareOfPlanWork) implements Serializable {
    public PlansConfig {
        present("childInNeed", childInNeed);
        present("childProtection", childProtection);
        nonNegative("reviewPerceptionSd", reviewPerceptionSd);
        positive("driftCaseloadRatio", driftCaseloadRatio);
        nonNegative("driftDelayWeeks", driftDelayWeeks);
        probability("directShareOfPlanWork", directShareOfPlanWork);
    }

    /**
     * @param reviewIntervalWeeks  time between reviews of a child in need plan
     * @param hoursPerWeek         worker time a plan takes each week (visits, meetings, recording)
     */
    public record ChildInNeedConfig(double reviewIntervalWeeks, double hoursPerWeek) implements Serializable {
        public ChildInNeedConfig {
            positive("reviewIntervalWeeks", reviewIntervalWeeks);
            nonNegative("hoursPerWeek", hoursPerWeek);
        }
    }

    /**
     * @param enquiryWorkingDays          length of a section 47 enquiry
     * @param enquiryDirectHours          direct work in a section 47 enquiry
     * @param strategyToConferenceWorkingDays strategy discussion to initial conference (15 working days, Working Together 2010)
     * @param conferencePerceptionSd      error sd of the multi-agency conference's judgement
     * @param firstReviewWeeks            first review conference (3 months, Working Together 2010)
     * @param reviewIntervalWeeks         later reviews (6 months)
     * @param hoursPerWeek                worker time a plan takes each week
     * @param reviewEndMargin             how far below the child protection threshold the need judged at a review
     *                                    conference must fall for it to end the plan (a plan ends when the child is
     *                                    judged no longer at continuing risk, Working Together 2010 5.152-5.155);
     *                                    0 = the same bar as for starting one
     */
    public record ChildProtectionConfig(
            double enquiryWorkingDays,
            double enquiryDirectHours,
            double strategyToConferenceWorkingDays,
            double conferencePerceptionSd,
            double firstReviewWeeks,
            double reviewIntervalWeeks,
            double hoursPerWeek,
            double reviewEndMargin) implements Serializable {
        public ChildProtectionConfig {
            positive("enquiryWorkingDays", enquiryWorkingDays);
            nonNegative("enquiryDirectHours", enquiryDirectHours);
            positive("strategyToConferenceWorkingDays", strategyToConferenceWorkingDays);
            nonNegative("conferencePerceptionSd", conferencePerceptionSd);
            positive("firstReviewWeeks", firstReviewWeeks);
            positive("reviewIntervalWeeks", reviewIntervalWeeks);
            nonNegative("hoursPerWeek", hoursPerWeek);
            nonNegative("reviewEndMargin", reviewEndMargin);
        }
    }
}
