package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;
import java.time.LocalDate;

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

    /** The same plans with other child in need plans (an authority's own review, {@link AuthorityLevels}). */
    public PlansConfig withChildInNeed(ChildInNeedConfig next) {
        return new PlansConfig(next, childProtection, reviewPerceptionSd, driftCaseloadRatio, driftDelayWeeks, directShareOfPlanWork);
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
     * @param strategyDiscussionMargin    how far below the child protection threshold the need judged at an assessment or
     *                                    a child in need review must lie for a strategy discussion, and so a section 47
     *                                    enquiry (need-score units; 0: the protection bar itself; negative: above it). An
     *                                    enquiry starts on reasonable cause to suspect significant harm and a plan on a
     *                                    finding of it (Children Act 1989 s47, Working Together 2010 5.54, 5.80), so the
     *                                    two bars need not be one; an authority's own sits at {@code AuthorityLevels.strategyThresholdShift}
     * @param barTrend                    how the bar for a protection finding moves between years
     */
    public record ChildProtectionConfig(
            double enquiryWorkingDays,
            double enquiryDirectHours,
            double strategyToConferenceWorkingDays,
            double conferencePerceptionSd,
            double firstReviewWeeks,
            double reviewIntervalWeeks,
            double hoursPerWeek,
            double reviewEndMargin,
            double strategyDiscussionMargin,
            BarTrend barTrend) implements Serializable {
        public ChildProtectionConfig {
            positive("enquiryWorkingDays", enquiryWorkingDays);
            nonNegative("enquiryDirectHours", enquiryDirectHours);
            positive("strategyToConferenceWorkingDays", strategyToConferenceWorkingDays);
            nonNegative("conferencePerceptionSd", conferencePerceptionSd);
            positive("firstReviewWeeks", firstReviewWeeks);
            positive("reviewIntervalWeeks", reviewIntervalWeeks);
            nonNegative("hoursPerWeek", hoursPerWeek);
            nonNegative("reviewEndMargin", reviewEndMargin);
            finite("strategyDiscussionMargin", strategyDiscussionMargin);
            present("barTrend", barTrend);
        }

        /** The same settings with another margin for a strategy discussion. */
        public ChildProtectionConfig withStrategyDiscussionMargin(double margin) {
            return new ChildProtectionConfig(enquiryWorkingDays, enquiryDirectHours, strategyToConferenceWorkingDays, conferencePerceptionSd,
                    firstReviewWeeks, reviewIntervalWeeks, hoursPerWeek, reviewEndMargin, margin, barTrend);
        }
    }

    /** The same plans with other child protection settings (an authority's own bar for a strategy discussion, {@link AuthorityLevels}). */
    public PlansConfig withChildProtection(ChildProtectionConfig next) {
        return new PlansConfig(childInNeed, next, reviewPerceptionSd, driftCaseloadRatio, driftDelayWeeks, directShareOfPlanWork);
    }

    /**
     * A driver of change between years: the child protection cut point of {@code assessment.outcomeThresholds}
     * (the bar an enquiry, a conference and a review apply) is lowered by {@code loweringPerYear} on
     * {@code from} and by as much again on each anniversary (a step a year), so plans become more readily
     * made and kept. Steps dated after {@code evidenceEnds} (where the evidence for the trend ends) are taken
     * at a share of their size drawn once per replication, uniformly between {@code continuationLow} and
     * {@code continuationHigh} (0: the trend stops with the evidence; 1: it goes on as before), so the years
     * after the evidence carry the uncertainty of whether the driver continues. A lowering of 0 leaves the
     * bar where the configuration puts it.
     */
    public record BarTrend(LocalDate from, double loweringPerYear, LocalDate evidenceEnds, double continuationLow,
                           double continuationHigh) implements Serializable {
        public BarTrend {
            present("from", from);
            if (!(loweringPerYear > -1 && loweringPerYear < 1)) throw new ConfigException("loweringPerYear", "a yearly lowering between -1 and 1 need levels", loweringPerYear);
            YearlySteps.checkContinuation(evidenceEnds, continuationLow, continuationHigh);
        }

        /** Whether the bar moves at all. */
        public boolean moves() { return loweringPerYear != 0; }

        /** Whether a replication's continuation share needs drawing. */
        public boolean uncertain() { return moves() && continuationHigh > continuationLow; }

        /** The continuation share at u in [0, 1). */
        public double continuation(double u) { return YearlySteps.share(continuationLow, continuationHigh, u); }

        /** How far the bar is lowered on {@code date}: the steps so far, those after the evidence at {@code continuation}. */
        public double lowering(LocalDate date, double continuation) {
            return moves() ? loweringPerYear * YearlySteps.taken(from, evidenceEnds, date, continuation) : 0;
        }
    }
}
