package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;

/**
 * One authority's own levels in a multi-authority run, relative to the scenario's (national) values.
 * Each is applied to the configuration in force at every date, so a dated national change (a new
 * threshold, more funded posts) reaches every authority and keeps each authority's difference from
 * England. All neutral ({@link #NEUTRAL}), the authority runs exactly the scenario's configuration.
 *
 * <p>Why these five: authorities differ most in how many children come to need help, how readily
 * agencies refer, where they draw their thresholds, how many children they bring into care and how
 * many social workers they fund; the trial calibrations (scenarios/calibration/trials/) already express
 * an authority's level as {@code need.escalationPerYear.fromNone} and {@code agencies.concernRateMultiplier},
 * and the first two levels scale exactly those.
 *
 * @param needOnsetMultiplier      multiplies {@code need.escalationPerYear.fromNone}: how often need first arises
 *                                 (later escalation and easing are left as England's, so the mix of need stays England's)
 * @param concernRateMultiplier    multiplies {@code agencies.concernRateMultiplier}: how readily every agency raises a concern
 * @param thresholdShift           added to every cut point of {@code frontDoor.thresholds} and
 *                                 {@code assessment.outcomeThresholds} (need-score units; positive: a higher bar)
 * @param careEntryOddsMultiplier  multiplies the odds of {@code care.entryAtReviewProbability} and
 *                                 {@code care.emergencyEntryProbability} (odds, so the result stays a probability)
 * @param fundedPostsMultiplier    multiplies {@code workforce.fundedPostsPer10kChildren}: the authority's establishment
 */
public record AuthorityLevels(
        double needOnsetMultiplier,
        double concernRateMultiplier,
        double thresholdShift,
        double careEntryOddsMultiplier,
        double fundedPostsMultiplier) implements Serializable {

    /** England's own levels: the scenario's values unchanged. */
    public static final AuthorityLevels NEUTRAL = new AuthorityLevels(1, 1, 0, 1, 1);

    public AuthorityLevels {
        nonNegative("needOnsetMultiplier", needOnsetMultiplier);
        nonNegative("concernRateMultiplier", concernRateMultiplier);
        if (!Double.isFinite(thresholdShift)) throw new ConfigException("thresholdShift", "a finite number", thresholdShift);
        positive("careEntryOddsMultiplier", careEntryOddsMultiplier);
        positive("fundedPostsMultiplier", fundedPostsMultiplier);
    }

    public boolean isNeutral() { return equals(NEUTRAL); }

    /**
     * The configuration with these levels applied. A neutral level leaves its parameters untouched
     * (not multiplied by 1.0), so an all-neutral authority is bit for bit the scenario's configuration.
     */
    ScenarioConfig applyTo(ScenarioConfig c) {
        if (isNeutral()) return c;
        NeedConfig need = c.need();
        if (needOnsetMultiplier != 1) {
            NeedConfig.Escalation e = need.escalationPerYear();
            need = new NeedConfig(need.initialShares(),
                    new NeedConfig.Escalation(e.fromNone() * needOnsetMultiplier, e.fromEmerging(), e.fromComplex()),
                    need.easingPerYear(), need.riskMultipliers(), need.helpEffects());
        }
        AgenciesConfig agencies = c.agencies();
        if (concernRateMultiplier != 1) {
            agencies = new AgenciesConfig(agencies.concernRateMultiplier() * concernRateMultiplier,
                    agencies.socialWorkAdviceAvailability(), agencies.agencies());
        }
        FrontDoorConfig frontDoor = c.frontDoor();
        AssessmentConfig assessment = c.assessment();
        if (thresholdShift != 0) {
            frontDoor = new FrontDoorConfig(frontDoor.perceptionSd(), shifted(frontDoor.thresholds()),
                    frontDoor.referralNoFurtherActionProbability());
            assessment = new AssessmentConfig(assessment.regime(), assessment.prescribed(), assessment.localFramework(),
                    assessment.workHoursShape(), assessment.accuracy(), shifted(assessment.outcomeThresholds()));
        }
        CareConfig care = c.care();
        if (careEntryOddsMultiplier != 1) {
            care = new CareConfig(oddsScaled(care.entryAtReviewProbability()), oddsScaled(care.emergencyEntryProbability()),
                    care.meanYearsInCare(), care.hoursPerWeek(), care.fosterShare());
        }
        WorkforceConfig w = c.workforce();
        if (fundedPostsMultiplier != 1) {
            w = new WorkforceConfig(w.fundedPostsPer10kChildren() * fundedPostsMultiplier, w.hoursPerWeek(), w.overheadShare(),
                    w.caseloadCap(), w.manageableCaseload(), w.stress(), w.turnover(), w.recruitment(), w.agency(),
                    w.newlyQualified(), w.initialExperienceMeanMonths(), w.caseTransferRepeatShare());
        }
        return new ScenarioConfig(c.name(), c.description(), c.calendar(), c.population(), need, agencies, frontDoor,
                c.earlyHelp(), assessment, c.plans(), care, w, c.costs(), c.authorities());
    }

    private Thresholds shifted(Thresholds t) {
        return new Thresholds(t.earlyHelp() + thresholdShift, t.socialCare() + thresholdShift, t.childProtection() + thresholdShift);
    }

    /** p with its odds multiplied: {@code m p / (1 - p + m p)}; 0 and 1 stay put. */
    private double oddsScaled(double p) {
        double m = careEntryOddsMultiplier;
        return p >= 1 ? 1 : m * p / (1 - p + m * p);
    }
}
