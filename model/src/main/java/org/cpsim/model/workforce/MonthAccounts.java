package org.cpsim.model.workforce;

import java.util.List;

import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.metrics.WorkforceSnapshot;

/**
 * A month's account of the workforce: the time plans took (direct work and the rest), permanent
 * worker-days, contracted and agency hours, and every worker's caseload and stress.
 */
final class MonthAccounts {
    private MonthAccounts() {}

    /** Records the month's time use and returns the snapshot (with the hours that make the social work cost). */
    static WorkforceSnapshot close(List<SocialWorker> inPost, Establishment establishment, double hoursPerWeek, double directShare,
                                   double dailyCapacity, int workingDaysPerWeek, Recorder recorder, double days, double workingDays) {
        double hoursPerDay = hoursPerWeek / workingDaysPerWeek;
        double direct = 0, recording = 0, permanentDays = 0, agencyHours = 0;
        int agency = 0;
        double[] loads = new double[inPost.size()];
        double[] stresses = new double[inPost.size()];
        for (int i = 0; i < inPost.size(); i++) {
            SocialWorker w = inPost.get(i);
            double plans = w.planHoursPerWeek / workingDaysPerWeek;
            double planTime = plans > 0 ? dailyCapacity * plans / (dailyCapacity * w.assessments + plans) * workingDays : 0;
            direct += planTime * directShare;
            recording += planTime * (1 - directShare);
            if (w.agency) { agency++; agencyHours += hoursPerDay * workingDays; } else permanentDays += days;
            loads[i] = w.caseload();
            stresses[i] = w.stress;
        }
        double contracted = inPost.size() * hoursPerDay * workingDays;
        recorder.workforceMonth(permanentDays, contracted, direct, recording);
        return new WorkforceSnapshot(inPost.size(), establishment.live(), establishment.withoutPermanent(), agency,
                loads, stresses, contracted, agencyHours);
    }
}
