package org.cpsim.model.metrics;

import java.util.List;

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

    private final List<Period> periods;
    private final int months;
    private final double[][] raw;
    private final double[][] stocks;
    private final int[][] stateStock;
    private final int[][] stateIn;
    private final int[][] stateOut;
    private final Samples samples;
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
        samples = new Samples(months);
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
    /** An initial assessment or (when {@code single}) a single assessment completed: the census counts each form apart. */
    public void firstStageCompleted(double workingDaysFromReferral, boolean single) {
        add(Raw.FIRST_STAGE_COMPLETED);
        add(single ? Raw.SINGLE_COMPLETED : Raw.INITIAL_COMPLETED);
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
        if (month >= 0) samples.add(month, Sample.ASSESSMENT_DURATION, workingDaysFromReferral);
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
            if (month >= 0) samples.add(month, Sample.NEED_TO_HELP, daysSinceNeed);
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
        PeriodTotals totals = new PeriodTotals(r, stocks[to - 1], stateStock[to - 1], in, out, days, samples, from, to);
        Indicator[] indicators = Indicator.values();
        double[] v = new double[indicators.length];
        for (Indicator i : indicators) v[i.ordinal()] = i.derive(totals);
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
        }
        samples.absorb(other.samples);
    }

}
