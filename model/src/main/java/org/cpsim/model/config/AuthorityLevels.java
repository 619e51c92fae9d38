package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One authority's own levels in a multi-authority run, relative to the scenario's (national) values.
 * Each is applied to the configuration in force at every date, so a dated national change (a new
 * threshold, more funded posts) reaches every authority and keeps each authority's difference from
 * England. All neutral ({@link #NEUTRAL}), the authority runs exactly the scenario's configuration.
 *
 * <p>Why these: authorities differ most in how many children come to need help, how readily
 * agencies refer, where they draw their thresholds, how many children they bring into care and how
 * many social workers they fund; the trial calibrations (scenarios/calibration/trials/) already express
 * an authority's level as {@code need.escalationPerYear.fromNone} and {@code agencies.concernRateMultiplier},
 * and the first two levels scale exactly those.
 *
 * <p>Why two bars of their own besides the shift of every bar: authorities differ in their referral
 * rates far more than their children in need would say (data/la_figures.csv: log(referrals / CIN)
 * across authorities has sd 0.32, correlating 0.56 with {@code referrals_nfa_pct} and 0.7 with
 * {@code re_referrals_within_12m_pct}, the marks of a low bar at the front door), and the concern level
 * moves referrals weakly (elasticity about 0.3); the front door's social-care bar moves them strongly and
 * little else (1.5 to 1.3 gives about 14% more referrals, 2% more children in need). Their CP plans
 * differ with no other level to carry them, by the bar for protection. {@code thresholdShift} moves every
 * bar together, which ties referrals to CP plans and looked-after children; these two move one cut point each.
 *
 * @param needOnsetMultiplier      multiplies {@code need.escalationPerYear.fromNone}: how often need first arises
 *                                 (later escalation and easing are left as England's, so the mix of need stays England's)
 * @param concernRateMultiplier    multiplies {@code agencies.concernRateMultiplier}: how readily every agency raises a concern
 * @param thresholdShift           added to every cut point of {@code frontDoor.thresholds} and
 *                                 {@code assessment.outcomeThresholds} (need-score units; positive: a higher bar)
 * @param referralThresholdShift   added to the {@code socialCare} cut point of {@code frontDoor.thresholds} only:
 *                                 the bar for a contact to become a referral (need-score units; positive: fewer referrals)
 * @param protectionThresholdShift added to the {@code childProtection} cut point of {@code assessment.outcomeThresholds}
 *                                 only: the bar for an enquiry's, a conference's and a review's protection finding
 *                                 (need-score units; positive: fewer CP plans)
 * @param careEntryOddsMultiplier  multiplies the odds of {@code care.entryAtReviewProbability} and
 *                                 {@code care.emergencyEntryProbability} (odds, so the result stays a probability)
 * @param fundedPostsMultiplier    multiplies {@code workforce.fundedPostsPer10kChildren}: the authority's establishment
 * @param referralThresholdChange  added to {@code referralThresholdShift} from {@code changeFrom}: the authority's own change
 *                                 of its front door between years (what it records as a referral)
 * @param protectionThresholdChange added to {@code protectionThresholdShift} from {@code changeFrom}: its own change of the
 *                                 bar for protection between years
 * @param changeFrom               the date the two changes apply from; null when the authority has none (both 0)
 * @param childInNeedReviewMultiplier multiplies {@code plans.childInNeed.reviewIntervalWeeks}: how long a child in need plan
 *                                 runs before a review can close it (the authority's practice of reviewing and closing cases)
 * @param strategyThresholdShift   added to the bar for a strategy discussion, and so a section 47 enquiry: the {@code childProtection}
 *                                 cut point of {@code frontDoor.thresholds} and the bar an assessment or a child in need review applies
 *                                 ({@code plans.childProtection.strategyDiscussionMargin} lowered by it); not the bar for a plan
 *                                 (need-score units; positive: fewer enquiries, each more likely to find significant harm)
 *
 * <p>Why changes of its own: between 2012-13 and 2013-14 authorities' referrals and CP plans moved far apart
 * (data/la_figures.csv: referrals from -42% to +101%, the 15 largest rises carrying 74% of England's; CP plans at
 * 31 March with sd 0.33 of the log change), far beyond their counts' noise, so one level for both years leaves
 * every authority that changed half its change wrong in each year.
 *
 * <p>Why the child in need review: authorities hold children in need for very different lengths of time
 * (data/la_figures.csv: log(CIN at 31 March / CIN episodes started) has sd 0.29 across authorities in both years,
 * 5th to 95th percentile -0.45 to +0.5), and with no level for it, an authority with many children in need for few
 * referrals could be fitted in its referrals or in its children in need, not both. A review is where a plan closes
 * and where a child still in need steps up to an enquiry, so reviewing less often holds children on plans longer
 * and sends fewer on: on the calibrated England, 26 weeks against 13 gave CIN plans at 31 March +19%, children in
 * need +6%, CP plans -20%, looked-after children -17% and referrals -8% (fewer children closed to come back).
 *
 * <p>Why a bar for a strategy discussion: authorities make very different numbers of enquiries for each plan
 * (data/la_figures.csv: log(section 47 enquiries / CP plans started) has sd 0.35 across authorities in 2012-13,
 * 0.31 in 2013-14), and the bar for protection alone ties the two: lowering it floods enquiries far faster than
 * it adds plans (0.25 lower: enquiries +75%, plans +10%), so an authority fitted to its plans had twice its
 * enquiries (docs/CALIBRATION.md section 13).
 */
public record AuthorityLevels(
        double needOnsetMultiplier,
        double concernRateMultiplier,
        double thresholdShift,
        double referralThresholdShift,
        double protectionThresholdShift,
        double careEntryOddsMultiplier,
        double fundedPostsMultiplier,
        double referralThresholdChange,
        double protectionThresholdChange,
        LocalDate changeFrom,
        double childInNeedReviewMultiplier,
        double strategyThresholdShift) implements Serializable {

    /** England's own levels: the scenario's values unchanged. */
    public static final AuthorityLevels NEUTRAL = new AuthorityLevels(1, 1, 0, 0, 0, 1, 1);

    /** Levels with no change between years. */
    public AuthorityLevels(double needOnsetMultiplier, double concernRateMultiplier, double thresholdShift, double referralThresholdShift,
                           double protectionThresholdShift, double careEntryOddsMultiplier, double fundedPostsMultiplier) {
        this(needOnsetMultiplier, concernRateMultiplier, thresholdShift, referralThresholdShift, protectionThresholdShift, careEntryOddsMultiplier,
                fundedPostsMultiplier, 0, 0, null);
    }

    /** Levels with England's child in need review. */
    public AuthorityLevels(double needOnsetMultiplier, double concernRateMultiplier, double thresholdShift, double referralThresholdShift,
                           double protectionThresholdShift, double careEntryOddsMultiplier, double fundedPostsMultiplier,
                           double referralThresholdChange, double protectionThresholdChange, LocalDate changeFrom) {
        this(needOnsetMultiplier, concernRateMultiplier, thresholdShift, referralThresholdShift, protectionThresholdShift, careEntryOddsMultiplier,
                fundedPostsMultiplier, referralThresholdChange, protectionThresholdChange, changeFrom, 1, 0);
    }

    public AuthorityLevels {
        nonNegative("needOnsetMultiplier", needOnsetMultiplier);
        nonNegative("concernRateMultiplier", concernRateMultiplier);
        finite("thresholdShift", thresholdShift);
        finite("referralThresholdShift", referralThresholdShift);
        finite("protectionThresholdShift", protectionThresholdShift);
        positive("careEntryOddsMultiplier", careEntryOddsMultiplier);
        positive("fundedPostsMultiplier", fundedPostsMultiplier);
        finite("referralThresholdChange", referralThresholdChange);
        finite("protectionThresholdChange", protectionThresholdChange);
        positive("childInNeedReviewMultiplier", childInNeedReviewMultiplier);
        finite("strategyThresholdShift", strategyThresholdShift);
        if (changeFrom == null && (referralThresholdChange != 0 || protectionThresholdChange != 0)) {
            throw new ConfigException("changeFrom", "the date the changes apply from", "nothing");
        }
    }

    /** Whether the levels change on a date of their own. */
    public boolean changes() { return changeFrom != null && (referralThresholdChange != 0 || protectionThresholdChange != 0); }

    /**
     * The levels in force on {@code date}: before {@code changeFrom} (or with no change) the levels as they are;
     * from it, with each change added to its shift. The result has no change of its own left.
     */
    public AuthorityLevels at(LocalDate date) {
        boolean changed = changes() && !date.isBefore(changeFrom);
        return new AuthorityLevels(needOnsetMultiplier, concernRateMultiplier, thresholdShift,
                referralThresholdShift + (changed ? referralThresholdChange : 0), protectionThresholdShift + (changed ? protectionThresholdChange : 0),
                careEntryOddsMultiplier, fundedPostsMultiplier, 0, 0, null, childInNeedReviewMultiplier, strategyThresholdShift);
    }

    public boolean isNeutral() { return equals(NEUTRAL); }

    /**
     * These levels with one number, by its component's name, set to {@code value} and validated as any levels are:
     * the one place a level is set by name (a levels file, a pooled calibration's local parameter).
     */
    public AuthorityLevels with(String level, double value) {
        double need = needOnsetMultiplier, concern = concernRateMultiplier, shift = thresholdShift, referral = referralThresholdShift,
                protection = protectionThresholdShift, care = careEntryOddsMultiplier, posts = fundedPostsMultiplier,
                referralChange = referralThresholdChange, protectionChange = protectionThresholdChange, review = childInNeedReviewMultiplier,
                strategy = strategyThresholdShift;
        switch (level) {
            case "needOnsetMultiplier" -> need = value;
            case "concernRateMultiplier" -> concern = value;
            case "thresholdShift" -> shift = value;
            case "referralThresholdShift" -> referral = value;
            case "protectionThresholdShift" -> protection = value;
            case "careEntryOddsMultiplier" -> care = value;
            case "fundedPostsMultiplier" -> posts = value;
            case "referralThresholdChange" -> referralChange = value;
            case "protectionThresholdChange" -> protectionChange = value;
            case "childInNeedReviewMultiplier" -> review = value;
            case "strategyThresholdShift" -> strategy = value;
            default -> throw new IllegalArgumentException("no level " + level);
        }
        return new AuthorityLevels(need, concern, shift, referral, protection, care, posts, referralChange, protectionChange, changeFrom, review, strategy);
    }

    // Each part of a configuration with these levels applied (ScenarioConfig.forAuthority puts them
    // together). A neutral level returns its part untouched, not multiplied by 1.0, so an all-neutral
    // authority is bit for bit the scenario's configuration.

    NeedConfig applyTo(NeedConfig need) {
        if (needOnsetMultiplier == 1) return need;
        NeedConfig.Escalation e = need.escalationPerYear();
        return new NeedConfig(need.initialShares(),
                new NeedConfig.Escalation(e.fromNone() * needOnsetMultiplier, e.fromEmerging(), e.fromComplex()),
                need.easingPerYear(), need.riskMultipliers(), need.helpEffects(), need.severityTrend());
    }

    AgenciesConfig applyTo(AgenciesConfig agencies) {
        if (concernRateMultiplier == 1) return agencies;
        return agencies.withConcernRateMultiplier(agencies.concernRateMultiplier() * concernRateMultiplier);
    }

    FrontDoorConfig applyTo(FrontDoorConfig frontDoor) {
        if (thresholdShift == 0 && referralThresholdShift == 0 && strategyThresholdShift == 0) return frontDoor;
        Thresholds t = frontDoor.thresholds();
        double socialCare = t.socialCare() + thresholdShift + referralThresholdShift, childProtection = t.childProtection() + thresholdShift + strategyThresholdShift;
        // The shift to blame: the strategy discussion's when it has lowered the top cut point to the one below.
        boolean strategy = strategyThresholdShift < 0 && !(socialCare < childProtection);
        return new FrontDoorConfig(frontDoor.perceptionSd(),
                ordered(strategy ? "strategyThresholdShift" : "referralThresholdShift", strategy ? strategyThresholdShift : referralThresholdShift,
                        "frontDoor.thresholds", t.earlyHelp() + thresholdShift, socialCare, childProtection),
                frontDoor.referralNoFurtherActionProbability());
    }

    AssessmentConfig applyTo(AssessmentConfig assessment) {
        if (thresholdShift == 0 && protectionThresholdShift == 0) return assessment;
        Thresholds t = assessment.outcomeThresholds();
        return assessment.withOutcomeThresholds(ordered("protectionThresholdShift", protectionThresholdShift, "assessment.outcomeThresholds",
                t.earlyHelp() + thresholdShift, t.socialCare() + thresholdShift, t.childProtection() + thresholdShift + protectionThresholdShift));
    }

    /**
     * Refuses, naming the shift of one cut point, levels that would leave the scenario's cut points out of
     * order here (at this date, for a dated change of the scenario's thresholds). {@link ScenarioConfig}
     * calls it for each authority, so a scenario file's mistake is reported when it loads.
     */
    void check(FrontDoorConfig frontDoor, AssessmentConfig assessment, PlansConfig plans) {
        checkAt(frontDoor, assessment, plans);
        if (changes()) at(changeFrom).checkAt(frontDoor, assessment, plans);
    }

    private void checkAt(FrontDoorConfig frontDoor, AssessmentConfig assessment, PlansConfig plans) {
        applyTo(frontDoor);
        applyTo(assessment).outcomeThresholds().withChildProtectionLowered(applyTo(plans).childProtection().strategyDiscussionMargin(), "strategyThresholdShift");
    }

    CareConfig applyTo(CareConfig care) {
        if (careEntryOddsMultiplier == 1) return care;
        return care.withEntryProbabilities(oddsScaled(care.entryAtReviewProbability()), oddsScaled(care.emergencyEntryProbability()));
    }

    PlansConfig applyTo(PlansConfig plans) {
        PlansConfig.ChildInNeedConfig cin = plans.childInNeed();
        if (childInNeedReviewMultiplier != 1) {
            plans = plans.withChildInNeed(new PlansConfig.ChildInNeedConfig(cin.reviewIntervalWeeks() * childInNeedReviewMultiplier, cin.hoursPerWeek()));
        }
        PlansConfig.ChildProtectionConfig cp = plans.childProtection();
        return strategyThresholdShift == 0 ? plans
                : plans.withChildProtection(cp.withStrategyDiscussionMargin(cp.strategyDiscussionMargin() - strategyThresholdShift));
    }

    WorkforceConfig applyTo(WorkforceConfig w) {
        if (fundedPostsMultiplier == 1) return w;
        return w.withFundedPostsPer10kChildren(w.fundedPostsPer10kChildren() * fundedPostsMultiplier);
    }

    /** The shifted cut points, or the one cut point's shift named if they are no longer ascending. */
    private static Thresholds ordered(String field, double shift, String part, double earlyHelp, double socialCare, double childProtection) {
        if (!(earlyHelp < socialCare && socialCare < childProtection)) {
            throw new ConfigException(field, "a shift that keeps " + part + " ascending (earlyHelp < socialCare < childProtection)",
                    shift + " (giving " + earlyHelp + ", " + socialCare + ", " + childProtection + ")");
        }
        return new Thresholds(earlyHelp, socialCare, childProtection);
    }

    /** p with its odds multiplied: {@code m p / (1 - p + m p)}; 0 and 1 stay put. */
    private double oddsScaled(double p) {
        double m = careEntryOddsMultiplier;
        return p >= 1 ? 1 : m * p / (1 - p + m * p);
    }
}
