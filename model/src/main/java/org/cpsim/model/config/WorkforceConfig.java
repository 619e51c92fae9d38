package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;

/**
 * Case-holding social workers: establishment, time, caseloads, stress, turnover, recruitment and agency cover.
 *
 * @param fundedPostsPer10kChildren establishment: funded full-time case-holding posts per 10,000 children
 * @param hoursPerWeek             contracted hours of a full-time worker
 * @param overheadShare            share of time in supervision, training, travel and general administration
 * @param caseloadCap              most cases a worker is allocated (a newly qualified worker in a protected year: fewer)
 * @param manageableCaseload       caseload above which stress builds
 * @param stress                   stress dynamics
 * @param turnover                 leaving the post
 * @param recruitment              filling vacancies
 * @param agency                   agency staff cover for vacancies
 * @param newlyQualified           the assessed and supported year in employment
 * @param initialExperienceMeanMonths mean post-qualification experience of the starting workforce
 * @param experienceShape          shape of the gamma distribution of every experience draw (the starting workforce,
 *                                 experienced appointees, agency workers; 1 = exponential)
 * @param caseTransferRepeatShare share of the assessment work already done that must be repeated when a case changes worker
 * @param allocationRule           which worker with room is given a waiting case
 */
public record WorkforceConfig(
        double fundedPostsPer10kChildren,
        double hoursPerWeek,
        double overheadShare,
        int caseloadCap,
        double manageableCaseload,
        StressConfig stress,
        TurnoverConfig turnover,
        RecruitmentConfig recruitment,
        AgencyStaffConfig agency,
        NewlyQualifiedConfig newlyQualified,
        double initialExperienceMeanMonths,
        double experienceShape,
        double caseTransferRepeatShare,
        AllocationRule allocationRule) implements Serializable {

    public WorkforceConfig {
        positive("fundedPostsPer10kChildren", fundedPostsPer10kChildren);
        positive("hoursPerWeek", hoursPerWeek);
        between("overheadShare", overheadShare, 0, 0.95);
        positive("caseloadCap", caseloadCap);
        positive("manageableCaseload", manageableCaseload);
        present("stress", stress);
        present("turnover", turnover);
        present("recruitment", recruitment);
        present("agency", agency);
        present("newlyQualified", newlyQualified);
        nonNegative("initialExperienceMeanMonths", initialExperienceMeanMonths);
        positive("experienceShape", experienceShape);
        probability("caseTransferRepeatShare", caseTransferRepeatShare);
        present("allocationRule", allocationRule);
    }

    /**
     * LEAST_LOADED: the worker with room holding the fewest cases (the longest in post on ties).
     * FIRST_WITH_ROOM: the longest in post with room, so caseloads fill one by one (a duty rota).
     */
    public enum AllocationRule { LEAST_LOADED, FIRST_WITH_ROOM }

    /**
     * Stress, updated monthly: {@code s <- s * (1 - recoveryPerMonth) + perExcessCase * max(0, caseload - manageable)
     * + perMissedDeadline * missedDeadlines}.
     */
    public record StressConfig(double perExcessCasePerMonth, double perMissedDeadline, double recoveryPerMonth) implements Serializable {
        public StressConfig {
            nonNegative("perExcessCasePerMonth", perExcessCasePerMonth);
            nonNegative("perMissedDeadline", perMissedDeadline);
            probability("recoveryPerMonth", recoveryPerMonth);
        }
    }

    /**
     * Leaving hazard per year: {@code -ln(1 - baseAnnualLeavingProbability) * retentionMultiplier * (1 + stressHazardPerUnit * stress)},
     * plus, once a worker has {@code experiencedAfterMonths} of experience, {@code -ln(1 - experiencedMovesOnAnnualProbability)}:
     * experienced workers moving off the front line (into management, or other roles). Keeping experienced
     * workers on the front line (Munro recommendation 14) is a lower value of that probability.
     */
    public record TurnoverConfig(double baseAnnualLeavingProbability, double stressHazardPerUnit, double retentionMultiplier,
                                 double experiencedMovesOnAnnualProbability, double experiencedAfterMonths) implements Serializable {
        public TurnoverConfig {
            between("baseAnnualLeavingProbability", baseAnnualLeavingProbability, 0, 0.999);
            nonNegative("stressHazardPerUnit", stressHazardPerUnit);
            nonNegative("retentionMultiplier", retentionMultiplier);
            between("experiencedMovesOnAnnualProbability", experiencedMovesOnAnnualProbability, 0, 0.999);
            nonNegative("experiencedAfterMonths", experiencedAfterMonths);
        }

        /** Base and stress-driven leaving only (no moving on): the three-parameter form used in tests. */
        public TurnoverConfig(double baseAnnualLeavingProbability, double stressHazardPerUnit, double retentionMultiplier) {
            this(baseAnnualLeavingProbability, stressHazardPerUnit, retentionMultiplier, 0, 0);
        }

        public double hazardPerYear(double stress, double experienceMonths) {
            double leaving = -Math.log1p(-baseAnnualLeavingProbability) * retentionMultiplier * (1 + stressHazardPerUnit * stress);
            double movingOn = experienceMonths >= experiencedAfterMonths ? -Math.log1p(-experiencedMovesOnAnnualProbability) : 0;
            return leaving + movingOn;
        }
    }

    /**
     * @param meanLagWeeks          mean time from a post falling vacant to a permanent appointment starting
     * @param lagShape              shape of the gamma distribution of that time (1 = exponential)
     * @param newlyQualifiedShare   share of permanent appointments that are newly qualified
     * @param experiencedHireMeanMonths mean experience of an experienced appointee
     */
    public record RecruitmentConfig(double meanLagWeeks, double lagShape, double newlyQualifiedShare, double experiencedHireMeanMonths) implements Serializable {
        public RecruitmentConfig {
            nonNegative("meanLagWeeks", meanLagWeeks);
            positive("lagShape", lagShape);
            probability("newlyQualifiedShare", newlyQualifiedShare);
            nonNegative("experiencedHireMeanMonths", experiencedHireMeanMonths);
        }
    }

    /**
     * @param coverProbability       probability a vacancy is covered by an agency worker while it waits
     * @param meanLagWeeks           time to bring in an agency worker
     * @param lagShape               shape of the gamma distribution of that time (1 = exponential)
     * @param annualLeavingProbability agency workers stay for shorter spells
     * @param leavingFollowsRetention whether turnover.retentionMultiplier scales agency workers' leaving hazard too
     * @param experienceMeanMonths   mean experience of agency workers
     */
    public record AgencyStaffConfig(double coverProbability, double meanLagWeeks, double lagShape, double annualLeavingProbability,
                                    boolean leavingFollowsRetention, double experienceMeanMonths) implements Serializable {
        public AgencyStaffConfig {
            probability("coverProbability", coverProbability);
            nonNegative("meanLagWeeks", meanLagWeeks);
            positive("lagShape", lagShape);
            between("annualLeavingProbability", annualLeavingProbability, 0, 0.999);
            nonNegative("experienceMeanMonths", experienceMeanMonths);
        }
    }

    /**
     * @param protectedCaseloadShare   share of the full caseload cap a newly qualified worker carries in the protected period (1 = no protection)
     * @param protectedMonths          length of the protected period
     */
    public record NewlyQualifiedConfig(double protectedCaseloadShare, double protectedMonths) implements Serializable {
        public NewlyQualifiedConfig {
            between("protectedCaseloadShare", protectedCaseloadShare, 0.01, 1);
            nonNegative("protectedMonths", protectedMonths);
        }
    }
}
