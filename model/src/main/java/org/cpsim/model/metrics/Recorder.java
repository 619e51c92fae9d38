package org.cpsim.model.metrics;

import java.util.Arrays;
import java.util.List;

import static org.cpsim.model.metrics.Stats.*;

import org.cpsim.model.config.Band;
import org.cpsim.model.family.NeedLevel;
import org.cpsim.model.family.ServiceState;

/**
 * Collects what happens, declared in one place: raw monthly tallies ({@link Raw}), end-of-month
 * snapshots ({@link Stock}), state flows and duration samples. Nothing is recorded during the
 * warm-up. {@link #result} derives every {@link Indicator} for every month and statistical year.
 */
public final class Recorder {
    private static final int STATES = ServiceState.values().length;
    private static final int SAMPLE_KINDS = 2;
    private static final int ASSESSMENT_DURATION = 0;
    private static final int NEED_TO_HELP = 1;

    private final List<Period> periods;
    private final int months;
    private final double[][] raw;
    private final double[][] stocks;
    private final int[][] stateStock;
    private final int[][] stateIn;
    private final int[][] stateOut;
    private final double[][][] samples;
    private final int[][] sampleCount;
    private int month = -1;
    /** Working days are computed through calendar time and back; a deadline met exactly must count as met. */
    private static final double WORKING_DAY_TOLERANCE = 1e-9;
    // Each month's worker caseloads and stresses, kept so national percentiles can pool authorities.
    private final double[][] caseloads;
    private final double[][] stresses;

    public Recorder(List<Period> periods, int months) {
        this.periods = periods;
        this.months = months;
        raw = new double[months][Raw.values().length];
        stocks = new double[months][Stock.values().length];
        stateStock = new int[months][STATES];
        stateIn = new int[months][STATES];
        stateOut = new int[months][STATES];
        samples = new double[months][SAMPLE_KINDS][16];
        sampleCount = new int[months][SAMPLE_KINDS];
        caseloads = new double[months][];
        stresses = new double[months][];
    }

    /** The month being recorded, or -1 during the warm-up and after the end. */
    public int month() { return month; }

    public void startMonth(int m) { month = m < months ? m : -1; }

    public boolean recording() { return month >= 0; }

    void add(Raw r) { if (month >= 0) raw[month][r.ordinal()] += 1; }

    void add(Raw r, double v) { if (month >= 0) raw[month][r.ordinal()] += v; }

    // Named entry points keep the raw tallies private to this package.
    public void contact() { add(Raw.CONTACTS); }
    public void advisedToEarlyHelp() { add(Raw.ADVISED_TO_EARLY_HELP); }
    public void referral(boolean reReferral) { add(Raw.REFERRALS); if (reReferral) add(Raw.RE_REFERRALS); }
    public void referralNoFurtherAction() { add(Raw.REFERRALS_NFA); }
    public void arrivalForAssessment() { add(Raw.ASSESSMENT_ARRIVALS); }
    public void allocation(double waitDays) {
        add(Raw.ALLOCATIONS);
        add(Raw.ALLOCATION_WAIT_DAYS, waitDays);
        if (waitDays > 0) add(Raw.ALLOCATIONS_WAITED);
    }
    public void firstStageCompleted(double workingDaysFromReferral) {
        add(Raw.FIRST_STAGE_COMPLETED);
        if (workingDaysFromReferral <= 7 + WORKING_DAY_TOLERANCE) add(Raw.FIRST_STAGE_WITHIN_7WD);
        if (workingDaysFromReferral <= 10 + WORKING_DAY_TOLERANCE) add(Raw.FIRST_STAGE_WITHIN_10WD);
    }
    public void coreCompleted(double workingDaysFromStart) {
        add(Raw.CORE_COMPLETED);
        if (workingDaysFromStart <= 35 + WORKING_DAY_TOLERANCE) add(Raw.CORE_WITHIN_35WD);
    }
    /** An assessment process finished: its length, the calendar days since referral, and how well it judged need. */
    public void assessmentCompleted(double workingDaysFromReferral, double daysInSystem, double directHours,
                                    NeedLevel trueLevel, Band decided) {
        add(Raw.ASSESSMENTS_COMPLETED);
        if (workingDaysFromReferral <= 45 + WORKING_DAY_TOLERANCE) add(Raw.ASSESSMENTS_WITHIN_45WD);
        add(Raw.TIME_IN_SYSTEM_DAYS, daysInSystem);
        add(Raw.ASSESSMENT_DIRECT_HOURS, directHours);
        // Accurate: the decision is the one the child's true need calls for; under- or over-called otherwise.
        int error = decided.compareTo(trueLevel.rightBand());
        if (error == 0) add(Raw.ASSESSMENTS_ACCURATE);
        else if (error < 0) add(Raw.ASSESSMENTS_UNDER);
        else add(Raw.ASSESSMENTS_OVER);
        if (!decided.atLeast(Band.SOCIAL_CARE)) add(Raw.ASSESSMENTS_NOT_IN_NEED);
        sample(ASSESSMENT_DURATION, workingDaysFromReferral);
    }
    public void openAssessmentDays(double childDays) { add(Raw.OPEN_ASSESSMENT_DAYS, childDays); }
    public void deadlineMissed() { add(Raw.DEADLINES_MISSED); }
    public void section47() { add(Raw.SECTION47); }
    public void conference() { add(Raw.CONFERENCES); }
    public void protectionPlanStarted(boolean repeat) { add(Raw.CP_STARTED); if (repeat) add(Raw.CP_REPEAT); }
    /** A plan ended after {@code lastedDays}; the census reports the share that lasted 2 years or more. */
    public void protectionPlanEnded(double lastedDays) {
        add(Raw.CP_ENDED);
        if (lastedDays >= PlanDurations.TWO_YEARS_DAYS) add(Raw.CP_ENDED_2YRS_PLUS);
    }
    public void childInNeedPlanStarted() { add(Raw.CIN_PLANS_STARTED); }
    public void episodeOfNeedStarted() { add(Raw.CIN_EPISODES_STARTED); }
    public void lookedAfterStarted() { add(Raw.LAC_STARTED); }
    public void lookedAfterCeased() { add(Raw.LAC_CEASED); }
    public void earlyHelpStarted(double waitDays) { add(Raw.EH_STARTED); add(Raw.EH_WAIT_DAYS, waitDays); }
    public void earlyHelpDeclined() { add(Raw.EH_DECLINED); }
    public void helpStarted(double daysSinceNeed) {
        add(Raw.CHILDREN_HELPED);
        if (daysSinceNeed >= 0) {
            add(Raw.NEED_TO_HELP_DAYS, daysSinceNeed);
            add(Raw.NEED_TO_HELP_N);
            sample(NEED_TO_HELP, daysSinceNeed);
        }
    }
    public void childDays(double harm, double unmetEmerging, double unmetComplex) {
        add(Raw.HARM_DAYS, harm);
        add(Raw.UNMET_EMERGING_DAYS, unmetEmerging);
        add(Raw.UNMET_COMPLEX_DAYS, unmetComplex);
    }
    public void birth() { add(Raw.BIRTHS); }
    public void agedOut() { add(Raw.AGED_OUT); }
    public void permanentLeaver() { add(Raw.SW_PERMANENT_LEAVERS); }
    public void appointment(double vacantDays) { add(Raw.SW_APPOINTMENTS); add(Raw.SW_VACANCY_DAYS, vacantDays); }
    public void workforceMonth(double permanentWorkerDays, double contractedHours, double directHours, double recordingHours) {
        add(Raw.SW_PERMANENT_DAYS, permanentWorkerDays);
        add(Raw.HOURS_CONTRACTED, contractedHours);
        add(Raw.HOURS_DIRECT, directHours);
        add(Raw.HOURS_RECORDING, recordingHours);
    }
    public void assessmentTime(double directHours, double recordingHours) {
        add(Raw.HOURS_DIRECT, directHours);
        add(Raw.HOURS_RECORDING, recordingHours);
    }
    public void costs(double socialWork, double agencyPremium, double earlyHelp, double care) {
        add(Raw.COST_SOCIAL_WORK, socialWork);
        add(Raw.COST_AGENCY_PREMIUM, agencyPremium);
        add(Raw.COST_EARLY_HELP, earlyHelp);
        add(Raw.COST_CARE, care);
    }
    public void conferenceCost(double cost) { add(Raw.COST_CONFERENCES, cost); }

    public void stateChange(ServiceState from, ServiceState to) {
        if (month < 0) return;
        if (from != null) stateOut[month][from.ordinal()]++;
        if (to != null) stateIn[month][to.ordinal()]++;
    }

    /** End-of-month snapshot for the month being recorded. */
    public void snapshot(double[] stockValues, int[] stateCounts) {
        if (month < 0) return;
        System.arraycopy(stockValues, 0, stocks[month], 0, stockValues.length);
        System.arraycopy(stateCounts, 0, stateStock[month], 0, STATES);
    }

    /** The month's worker caseloads and stresses (sorted or not), for pooling across authorities. */
    public void workforce(double[] caseloadValues, double[] stressValues) {
        if (month < 0) return;
        caseloads[month] = caseloadValues;
        stresses[month] = stressValues;
    }

    /**
     * A recorder holding national figures over authorities: tallies, flows and samples summed, count
     * stocks summed, and the workforce's means and percentiles computed over every worker.
     */
    public static Recorder national(List<Recorder> authorities) {
        Recorder first = authorities.get(0);
        Recorder n = new Recorder(first.periods, first.months);
        for (Recorder r : authorities) n.absorb(r);
        for (int m = 0; m < n.months; m++) {
            int workers = 0;
            for (Recorder r : authorities) {
                for (int i = 0; i < n.stocks[m].length; i++) n.stocks[m][i] += r.stocks[m][i];
                for (int s = 0; s < STATES; s++) n.stateStock[m][s] += r.stateStock[m][s];
                workers += r.caseloads[m] == null ? 0 : r.caseloads[m].length;
            }
            double[] pooledCaseloads = new double[workers];
            double[] pooledStresses = new double[workers];
            int k = 0;
            for (Recorder r : authorities) {
                if (r.caseloads[m] == null) continue;
                System.arraycopy(r.caseloads[m], 0, pooledCaseloads, k, r.caseloads[m].length);
                System.arraycopy(r.stresses[m], 0, pooledStresses, k, r.stresses[m].length);
                k += r.caseloads[m].length;
            }
            WorkforceSnapshot.distribution(pooledCaseloads, pooledStresses, n.stocks[m]);
        }
        return n;
    }

    private void sample(int kind, double v) {
        if (month < 0) return;
        int n = sampleCount[month][kind];
        if (n == samples[month][kind].length) samples[month][kind] = Arrays.copyOf(samples[month][kind], n * 2);
        samples[month][kind][n] = v;
        sampleCount[month][kind] = n + 1;
    }

    /** Every indicator for every period. */
    public RunResult result(String scenario, int replication, long events) {
        double[][] values = new double[periods.size()][];
        for (int p = 0; p < periods.size(); p++) {
            Period period = periods.get(p);
            int from = period.kind() == Period.Kind.MONTH ? p : (p - months) * 12;
            int to = period.kind() == Period.Kind.MONTH ? p + 1 : from + 12;
            values[p] = derive(from, to, period.days());
        }
        return new RunResult(scenario, replication, periods, values, events);
    }

    private double[] derive(int from, int to, int days) {
        double[] r = new double[Raw.values().length];
        int[] in = new int[STATES];
        int[] out = new int[STATES];
        for (int m = from; m < to; m++) {
            for (int i = 0; i < r.length; i++) r[i] += raw[m][i];
            for (int s = 0; s < STATES; s++) { in[s] += stateIn[m][s]; out[s] += stateOut[m][s]; }
        }
        double[] st = stocks[to - 1];
        int[] states = stateStock[to - 1];
        double children = st[Stock.CHILDREN.ordinal()];
        double[] v = new double[Indicator.values().length];
        set(v, Indicator.CHILDREN, children);
        set(v, Indicator.BIRTHS, r(r, Raw.BIRTHS));
        set(v, Indicator.AGED_OUT, r(r, Raw.AGED_OUT));
        set(v, Indicator.CONTACTS, r(r, Raw.CONTACTS));
        set(v, Indicator.CONTACTS_ADVISED_TO_EARLY_HELP, r(r, Raw.ADVISED_TO_EARLY_HELP));
        double referrals = r(r, Raw.REFERRALS);
        set(v, Indicator.REFERRALS, referrals);
        set(v, Indicator.REFERRAL_RATE_PER_10K, per10k(referrals, children));
        set(v, Indicator.RE_REFERRALS_WITHIN_12M_PCT, pct(r(r, Raw.RE_REFERRALS), referrals));
        set(v, Indicator.REFERRALS_NFA_PCT, pct(r(r, Raw.REFERRALS_NFA), referrals));
        double first = r(r, Raw.FIRST_STAGE_COMPLETED);
        set(v, Indicator.INITIAL_ASSESSMENTS_COMPLETED, first);
        set(v, Indicator.INITIAL_ASSESSMENTS_WITHIN_7WD_PCT, pct(r(r, Raw.FIRST_STAGE_WITHIN_7WD), first));
        set(v, Indicator.INITIAL_ASSESSMENTS_WITHIN_10WD_PCT, pct(r(r, Raw.FIRST_STAGE_WITHIN_10WD), first));
        double core = r(r, Raw.CORE_COMPLETED);
        set(v, Indicator.CORE_ASSESSMENTS_COMPLETED, core);
        set(v, Indicator.CORE_ASSESSMENTS_WITHIN_35WD_PCT, pct(r(r, Raw.CORE_WITHIN_35WD), core));
        double done = r(r, Raw.ASSESSMENTS_COMPLETED);
        set(v, Indicator.ASSESSMENTS_COMPLETED, done);
        set(v, Indicator.SINGLE_ASSESSMENT_WITHIN_45WD_PCT, pct(r(r, Raw.ASSESSMENTS_WITHIN_45WD), done));
        double[] durations = pooled(from, to, ASSESSMENT_DURATION);
        set(v, Indicator.SINGLE_ASSESSMENT_MEDIAN_WD, quantile(durations, 0.5));
        set(v, Indicator.ASSESSMENT_DURATION_P90_WD, quantile(durations, 0.9));
        set(v, Indicator.ASSESSMENT_ACCURACY_PCT, pct(r(r, Raw.ASSESSMENTS_ACCURATE), done));
        set(v, Indicator.ASSESSMENT_UNDER_CALLED_PCT, pct(r(r, Raw.ASSESSMENTS_UNDER), done));
        set(v, Indicator.ASSESSMENT_OVER_CALLED_PCT, pct(r(r, Raw.ASSESSMENTS_OVER), done));
        set(v, Indicator.ASSESSMENT_DIRECT_HOURS_MEAN, ratio(r(r, Raw.ASSESSMENT_DIRECT_HOURS), done));
        set(v, Indicator.REFERRALS_ASSESSED_NOT_IN_NEED_PCT, pct(r(r, Raw.ASSESSMENTS_NOT_IN_NEED), referrals));
        double allocations = r(r, Raw.ALLOCATIONS);
        set(v, Indicator.ASSESSMENT_WAIT_DAYS_MEAN, ratio(r(r, Raw.ALLOCATION_WAIT_DAYS), allocations));
        set(v, Indicator.ASSESSMENT_WAITED_PCT, pct(r(r, Raw.ALLOCATIONS_WAITED), allocations));
        set(v, Indicator.ASSESSMENTS_OPEN_MEAN, r(r, Raw.OPEN_ASSESSMENT_DAYS) / days);
        set(v, Indicator.ASSESSMENT_TIME_IN_SYSTEM_DAYS_MEAN, ratio(r(r, Raw.TIME_IN_SYSTEM_DAYS), done));
        set(v, Indicator.ASSESSMENT_ARRIVALS_PER_DAY, r(r, Raw.ASSESSMENT_ARRIVALS) / days);
        double s47 = r(r, Raw.SECTION47);
        set(v, Indicator.SECTION47_ENQUIRIES, s47);
        set(v, Indicator.SECTION47_RATE_PER_10K, per10k(s47, children));
        set(v, Indicator.INITIAL_CP_CONFERENCES, r(r, Raw.CONFERENCES));
        double cpStarted = r(r, Raw.CP_STARTED);
        set(v, Indicator.CP_PLANS_STARTED, cpStarted);
        set(v, Indicator.CP_PLAN_START_RATE_PER_10K, per10k(cpStarted, children));
        set(v, Indicator.CP_PLANS_REPEAT_PCT, pct(r(r, Raw.CP_REPEAT), cpStarted));
        set(v, Indicator.CP_PLANS_ENDED, r(r, Raw.CP_ENDED));
        set(v, Indicator.CP_PLANS_ENDED_2YRS_PLUS_PCT, pct(r(r, Raw.CP_ENDED_2YRS_PLUS), r(r, Raw.CP_ENDED)));
        double cp = st[Stock.CP_PLANS.ordinal()];
        set(v, Indicator.CP_PLANS_AT_END, cp);
        set(v, Indicator.CP_PLAN_RATE_PER_10K, per10k(cp, children));
        set(v, Indicator.CP_AT_END_UNDER_3M_PCT, pct(st[Stock.CP_PLANS_UNDER_3M.ordinal()], cp));
        set(v, Indicator.CP_AT_END_2YRS_PLUS_PCT, pct(st[Stock.CP_PLANS_2YRS_PLUS.ordinal()], cp));
        set(v, Indicator.CIN_PLANS_STARTED, r(r, Raw.CIN_PLANS_STARTED));
        set(v, Indicator.CIN_EPISODES_STARTED, r(r, Raw.CIN_EPISODES_STARTED));
        double cin = st[Stock.CIN.ordinal()];
        set(v, Indicator.CIN_AT_END, cin);
        set(v, Indicator.CIN_RATE_PER_10K, per10k(cin, children));
        set(v, Indicator.LOOKED_AFTER_STARTED, r(r, Raw.LAC_STARTED));
        set(v, Indicator.LOOKED_AFTER_CEASED, r(r, Raw.LAC_CEASED));
        double lac = st[Stock.LOOKED_AFTER.ordinal()];
        set(v, Indicator.LOOKED_AFTER_AT_END, lac);
        set(v, Indicator.LOOKED_AFTER_RATE_PER_10K, per10k(lac, children));
        double ehStarted = r(r, Raw.EH_STARTED);
        set(v, Indicator.EARLY_HELP_EPISODES_STARTED, ehStarted);
        set(v, Indicator.EARLY_HELP_ACTIVE_AT_END, st[Stock.EH_ACTIVE.ordinal()]);
        set(v, Indicator.EARLY_HELP_WAITING_AT_END, st[Stock.EH_WAITING.ordinal()]);
        set(v, Indicator.EARLY_HELP_WAIT_DAYS_MEAN, ratio(r(r, Raw.EH_WAIT_DAYS), ehStarted));
        set(v, Indicator.EARLY_HELP_OFFERS_DECLINED, r(r, Raw.EH_DECLINED));
        set(v, Indicator.NEED_TO_HELP_DAYS_MEDIAN, quantile(pooled(from, to, NEED_TO_HELP), 0.5));
        set(v, Indicator.NEED_TO_HELP_DAYS_MEAN, ratio(r(r, Raw.NEED_TO_HELP_DAYS), r(r, Raw.NEED_TO_HELP_N)));
        set(v, Indicator.HARM_DAYS_PER_10K, per10k(r(r, Raw.HARM_DAYS), children));
        set(v, Indicator.UNMET_EMERGING_DAYS_PER_10K, per10k(r(r, Raw.UNMET_EMERGING_DAYS), children));
        set(v, Indicator.UNMET_COMPLEX_DAYS_PER_10K, per10k(r(r, Raw.UNMET_COMPLEX_DAYS), children));
        set(v, Indicator.NEED_EMERGING_AT_END, st[Stock.NEED_EMERGING.ordinal()]);
        set(v, Indicator.NEED_COMPLEX_AT_END, st[Stock.NEED_COMPLEX.ordinal()]);
        set(v, Indicator.NEED_SIGNIFICANT_HARM_AT_END, st[Stock.NEED_SIGNIFICANT_HARM.ordinal()]);
        Indicator[][] stateIndicators = {
            {Indicator.STATE_NOT_KNOWN_AT_END, Indicator.STATE_NOT_KNOWN_IN, Indicator.STATE_NOT_KNOWN_OUT},
            {Indicator.STATE_EARLY_HELP_AT_END, Indicator.STATE_EARLY_HELP_IN, Indicator.STATE_EARLY_HELP_OUT},
            {Indicator.STATE_ASSESSMENT_AT_END, Indicator.STATE_ASSESSMENT_IN, Indicator.STATE_ASSESSMENT_OUT},
            {Indicator.STATE_SECTION47_AT_END, Indicator.STATE_SECTION47_IN, Indicator.STATE_SECTION47_OUT},
            {Indicator.STATE_CIN_PLAN_AT_END, Indicator.STATE_CIN_PLAN_IN, Indicator.STATE_CIN_PLAN_OUT},
            {Indicator.STATE_CP_PLAN_AT_END, Indicator.STATE_CP_PLAN_IN, Indicator.STATE_CP_PLAN_OUT},
            {Indicator.STATE_LOOKED_AFTER_AT_END, Indicator.STATE_LOOKED_AFTER_IN, Indicator.STATE_LOOKED_AFTER_OUT}};
        for (int s = 0; s < STATES; s++) {
            set(v, stateIndicators[s][0], states[s]);
            set(v, stateIndicators[s][1], in[s]);
            set(v, stateIndicators[s][2], out[s]);
        }
        double inPost = st[Stock.SW_IN_POST.ordinal()];
        double funded = st[Stock.SW_FUNDED_POSTS.ordinal()];
        set(v, Indicator.SW_CASE_HOLDERS_FTE, inPost);
        set(v, Indicator.SW_VACANCY_RATE_FTE_PCT, pct(st[Stock.SW_POSTS_WITHOUT_PERMANENT.ordinal()], funded));
        set(v, Indicator.SW_AGENCY_RATE_FTE_PCT, pct(st[Stock.SW_AGENCY.ordinal()], inPost));
        double permanentYears = r(r, Raw.SW_PERMANENT_DAYS) / 365.25;
        set(v, Indicator.SW_TURNOVER_RATE_FTE_PCT, pct(r(r, Raw.SW_PERMANENT_LEAVERS), permanentYears));
        set(v, Indicator.SW_CASELOAD_MEAN, st[Stock.SW_CASELOAD_MEAN.ordinal()]);
        set(v, Indicator.SW_CASELOAD_P90, st[Stock.SW_CASELOAD_P90.ordinal()]);
        set(v, Indicator.SW_STRESS_MEAN, st[Stock.SW_STRESS_MEAN.ordinal()]);
        set(v, Indicator.SW_STRESS_P90, st[Stock.SW_STRESS_P90.ordinal()]);
        double contracted = r(r, Raw.HOURS_CONTRACTED);
        set(v, Indicator.SW_DIRECT_WORK_SHARE_PCT, pct(r(r, Raw.HOURS_DIRECT), contracted));
        set(v, Indicator.SW_RECORDING_SHARE_PCT, pct(r(r, Raw.HOURS_RECORDING), contracted));
        set(v, Indicator.SW_PERMANENT_LEAVERS, r(r, Raw.SW_PERMANENT_LEAVERS));
        set(v, Indicator.SW_PERMANENT_YEARS, permanentYears);
        set(v, Indicator.SW_APPOINTMENTS, r(r, Raw.SW_APPOINTMENTS));
        set(v, Indicator.SW_VACANCY_DURATION_DAYS_MEAN, ratio(r(r, Raw.SW_VACANCY_DAYS), r(r, Raw.SW_APPOINTMENTS)));
        set(v, Indicator.SW_DEADLINES_MISSED, r(r, Raw.DEADLINES_MISSED));
        set(v, Indicator.CASES_AWAITING_ALLOCATION_AT_END, st[Stock.AWAITING_ALLOCATION.ordinal()]);
        double sw = r(r, Raw.COST_SOCIAL_WORK);
        double premium = r(r, Raw.COST_AGENCY_PREMIUM);
        double eh = r(r, Raw.COST_EARLY_HELP);
        double conf = r(r, Raw.COST_CONFERENCES);
        double care = r(r, Raw.COST_CARE);
        double total = sw + premium + eh + conf + care;
        set(v, Indicator.COST_SOCIAL_WORK_GBP, sw + premium);
        set(v, Indicator.COST_AGENCY_PREMIUM_GBP, premium);
        set(v, Indicator.COST_EARLY_HELP_GBP, eh);
        set(v, Indicator.COST_CONFERENCES_GBP, conf);
        set(v, Indicator.COST_CARE_GBP, care);
        set(v, Indicator.COST_TOTAL_GBP, total);
        double helped = r(r, Raw.CHILDREN_HELPED);
        set(v, Indicator.CHILDREN_HELPED, helped);
        set(v, Indicator.COST_PER_CHILD_HELPED_GBP, ratio(total, helped));
        return v;
    }

    /**
     * Adds another recorder's tallies, flows and samples into this one (month by month), for national
     * figures over several authorities; this recorder's own snapshots are kept.
     */
    private void absorb(Recorder other) {
        for (int m = 0; m < months; m++) {
            for (int i = 0; i < raw[m].length; i++) raw[m][i] += other.raw[m][i];
            for (int s = 0; s < STATES; s++) {
                stateIn[m][s] += other.stateIn[m][s];
                stateOut[m][s] += other.stateOut[m][s];
            }
            for (int kind = 0; kind < SAMPLE_KINDS; kind++) {
                int n = other.sampleCount[m][kind];
                for (int i = 0; i < n; i++) {
                    int before = month;
                    month = m;
                    sample(kind, other.samples[m][kind][i]);
                    month = before;
                }
            }
        }
    }

    private double[] pooled(int from, int to, int kind) {
        int n = 0;
        for (int m = from; m < to; m++) n += sampleCount[m][kind];
        double[] all = new double[n];
        int k = 0;
        for (int m = from; m < to; m++) {
            System.arraycopy(samples[m][kind], 0, all, k, sampleCount[m][kind]);
            k += sampleCount[m][kind];
        }
        Arrays.sort(all);
        return all;
    }

    private static double r(double[] r, Raw k) { return r[k.ordinal()]; }
    private static void set(double[] v, Indicator i, double x) { v[i.ordinal()] = x; }
}
