package org.cpsim.model.service.assessment;

import java.util.Comparator;
import java.util.PriorityQueue;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.Authority;
import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.random.Draws;
import org.cpsim.model.workforce.CaseKind;
import org.cpsim.model.workforce.Workforce;

/**
 * Referred children waiting for a social worker and being assessed, under the regime in force.
 * Waiting cases are allocated, in the regime's queue order, to a worker with room in their caseload;
 * how long the work takes depends on the hours the worker has for it, and how accurate it is on the
 * direct time it got and the worker's experience.
 */
public final class AssessmentService {
    private final Authority authority;
    private final MersenneTwisterFast random;
    private final OpenCases byChild = new OpenCases();
    private PriorityQueue<AssessmentCase> queue = new PriorityQueue<>(byArrival());
    private AssessmentRegime regime;
    private AssessmentConfig.QueueOrder order;
    private long arrivals;
    private int open;
    private double lastIntegration;

    public AssessmentService(Authority authority, MersenneTwisterFast random) {
        this.authority = authority;
        this.random = random;
    }

    /** Takes up the regime in force; the waiting queue is re-ordered if its order changed. */
    public void configure(double now) {
        regime = AssessmentRegime.of(authority.config().assessment());
        if (regime.queueOrder() != order) {
            order = regime.queueOrder();
            PriorityQueue<AssessmentCase> reordered = new PriorityQueue<>(Math.max(16, queue.size()), comparator(order));
            reordered.addAll(queue);
            queue = reordered;
        }
        allocate(now);
    }

    public int waiting() { return queue.size(); }

    /** A referral accepted at the front door: for assessment, or straight to a section 47 enquiry. */
    public void refer(int child, boolean enquiry, double perceived, double now) {
        AssessmentCase c = new AssessmentCase(child, arrivals++, now, perceived);
        byChild.put(child, c);
        if (enquiry) {
            authority.setState(child, ServiceState.SECTION47);
            authority.recorder.section47();
            authority.recorder.episodeOfNeedStarted();
            prepareStage(c, Stage.ENQUIRY, now);
        } else {
            authority.setState(child, ServiceState.ASSESSMENT);
            authority.recorder.arrivalForAssessment();
            changeOpen(+1, now);
            prepareStage(c, regime.firstStage(), now);
        }
        authority.need.setHelp(child, Help.OPEN, now);
        c.version = authority.population.version(child);
        queue.add(c);
        allocate(now);
    }

    private void prepareStage(AssessmentCase c, Stage stage, double now) {
        c.stage = stage;
        c.stageStart = now;
        if (stage == Stage.ENQUIRY) {
            PlansConfig.ChildProtectionConfig cp = authority.config().plans().childProtection();
            c.directNeeded = cp.enquiryDirectHours();
            c.recordingNeeded = 0;
            c.deadline = authority.calendar.addWorkingDays(now, cp.strategyToConferenceWorkingDays());
            return;
        }
        double shape = authority.config().assessment().workHoursShape();
        c.directNeeded = Draws.gammaWithMean(random, regime.meanDirectHours(stage), shape);
        c.recordingNeeded = regime.recordingHours(stage);
        // Initial and single assessments count from referral; a core assessment from its own start.
        double from = stage == Stage.CORE ? now : c.referralTime;
        c.deadline = authority.calendar.addWorkingDays(from, regime.limitWorkingDays(stage));
    }

    /** Gives waiting cases to workers with room, in queue order. */
    public void allocate(double now) {
        Workforce workforce = authority.workforce;
        while (!queue.isEmpty()) {
            AssessmentCase c = queue.peek();
            if (authority.population.version(c.child) != c.version || byChild.get(c.child) != c) {
                queue.poll();
                continue;
            }
            int worker = workforce.findWorkerWithRoom();
            if (worker < 0) return;
            queue.poll();
            workforce.assign(c.child, worker, c.stage == Stage.ENQUIRY ? CaseKind.ENQUIRY : CaseKind.ASSESSMENT, now);
            if (!c.everAllocated) {
                c.everAllocated = true;
                if (c.stage != Stage.ENQUIRY) authority.recorder.allocation(now - c.referralTime);
            }
            c.allocated = true;
            if (!c.helpStarted && c.stage == Stage.SINGLE && c.perceived >= authority.config().assessment().outcomeThresholds().socialCare()
                    && regime.helpDuringAssessment(random.nextDouble())) {
                c.helpStarted = true;
                authority.helpStarts(c.child, Help.CHILD_IN_NEED, now);
            }
            work(c, worker, now);
        }
    }

    /** Schedules the end of the current stage from the hours the worker can give it. */
    private void work(AssessmentCase c, int worker, double now) {
        double days;
        double direct;
        if (c.stage == Stage.ENQUIRY) {
            days = authority.config().plans().childProtection().enquiryWorkingDays();
            direct = c.directNeeded;
        } else {
            double hoursPerDay = authority.workforce.assessmentHoursPerDay(worker);
            days = (c.directNeeded + c.recordingNeeded) / hoursPerDay;
            direct = c.directNeeded;
            double remaining = authority.calendar.workingDaysBetween(now, c.deadline);
            // Rushing only makes sense while the deadline can still be met; a case allocated after it is done in full.
            if (days > remaining && remaining > 0 && regime.cutsShortAtLimit(c.stage, random.nextDouble())) {
                // Recording is mandatory: what is cut is time with the family.
                days = Math.max(remaining, c.recordingNeeded / hoursPerDay);
                direct = Math.max(0, days * hoursPerDay - c.recordingNeeded);
            }
        }
        c.plannedDirect = direct;
        c.stageStartTime = now;
        c.plannedEnd = authority.calendar.addWorkingDays(now, days);
        c.version = authority.population.version(c.child);
        if (c.plannedEnd < authority.endTime) {
            final int version = c.version;
            final AssessmentCase k = c;
            authority.events.at(c.plannedEnd, s -> complete(k, version, s.schedule.getTime()));
        }
    }

    private void complete(AssessmentCase c, int version, double now) {
        if (authority.population.version(c.child) != version || byChild.get(c.child) != c || !c.allocated || c.plannedEnd != now) return;
        int worker = authority.population.worker(c.child);
        c.directDone += c.plannedDirect;
        authority.recorder.assessmentTime(c.plannedDirect, c.recordingNeeded);
        if (c.stage != Stage.ENQUIRY && now > c.deadline + 1e-9 && authority.config().assessment().regime() == AssessmentConfig.Regime.PRESCRIBED) {
            authority.recorder.deadlineMissed();
            authority.workforce.deadlineMissed(worker);
        }
        int level = authority.population.level(c.child);
        AssessmentConfig.AccuracyConfig accuracy = authority.config().assessment().accuracy();
        double sd = accuracy.sd(c.directDone, authority.workforce.experienceMonths(worker, now));
        double assessed = level + judgementError(c, sd, accuracy.laterLooks());
        if (c.stage == Stage.ENQUIRY) {
            byChild.remove(c.child);
            int band = authority.config().assessment().outcomeThresholds().band(assessed);
            authority.childProtection.enquiryFinished(c.child, band, c.stageStart, now);
            return;
        }
        int band = authority.config().assessment().outcomeThresholds().band(assessed);
        double fromReferral = authority.calendar.workingDaysBetween(c.referralTime, now);
        switch (c.stage) {
            case INITIAL, SINGLE -> authority.recorder.firstStageCompleted(fromReferral);
            case CORE -> authority.recorder.coreCompleted(authority.calendar.workingDaysBetween(c.stageStart, now));
            default -> { }
        }
        // Significant harm found at any stage leads straight to a strategy discussion.
        Stage next = band == 3 ? null : regime.next(c.stage, band);
        if (next != null) {
            prepareStage(c, next, now);
            work(c, worker, now);
            return;
        }
        finishAssessment(c, band, level, fromReferral, now);
    }

    /**
     * The error of this stage's judgement, with sd {@code sd} either way. One Gaussian draw per look
     * under both choices, so the random stream stays in step between scenarios that differ only in it.
     */
    private double judgementError(AssessmentCase c, double sd, AssessmentConfig.LaterLooks laterLooks) {
        double z = random.nextGaussian();
        double error = laterLooks == AssessmentConfig.LaterLooks.REFINE && !Double.isNaN(c.judgementError)
                ? refinedError(c.judgementError, c.judgementSd, sd, z)
                : sd * z;
        c.judgementError = error;
        c.judgementSd = sd;
        return error;
    }

    /**
     * A later look that refines an earlier one (error {@code earlier}, sd {@code earlierSd}) to sd
     * {@code sd}, given a standard normal {@code z}. With more evidence (sd below earlierSd) this is
     * what accumulating independent evidence gives: the earlier error shrunk by (sd / earlierSd)^2
     * plus an independent part, so the two errors correlate by sd / earlierSd. A worse-placed later
     * look (a newer worker took the case) keeps the earlier error and adds noise. Either way the
     * error's sd is {@code sd}.
     */
    static double refinedError(double earlier, double earlierSd, double sd, double z) {
        if (earlierSd <= 0) return sd * z;
        if (sd <= earlierSd) {
            double shrink = (sd * sd) / (earlierSd * earlierSd);
            return shrink * earlier + sd * Math.sqrt(1 - shrink) * z;
        }
        return earlier + Math.sqrt(sd * sd - earlierSd * earlierSd) * z;
    }

    private void finishAssessment(AssessmentCase c, int band, int trueLevel, double fromReferral, double now) {
        authority.recorder.assessmentCompleted(fromReferral, now - c.referralTime, c.directDone, trueLevel, band);
        changeOpen(-1, now);
        if (band >= 2) authority.recorder.episodeOfNeedStarted();
        if (band == 3) {
            authority.setState(c.child, ServiceState.SECTION47);
            authority.recorder.section47();
            authority.workforce.changeKind(c.child, CaseKind.ENQUIRY, now);
            prepareStage(c, Stage.ENQUIRY, now);
            work(c, authority.population.worker(c.child), now);
            return;
        }
        byChild.remove(c.child);
        if (band == 2) {
            authority.childInNeedPlans.start(c.child, now);
        } else {
            authority.closeCase(c.child, band, now);
        }
    }

    /** The child turns 18 while referred: the case closes (the authority releases the worker). */
    public void leave(int child, double now) {
        AssessmentCase c = byChild.remove(child);
        if (c == null) return;
        if (!c.allocated) queue.remove(c);
        if (c.stage != Stage.ENQUIRY) changeOpen(-1, now);
    }

    /** A strategy discussion for a child already on a plan: the enquiry goes to the child's own worker. */
    public void enquiryByOwnWorker(int child, double now) {
        AssessmentCase c = new AssessmentCase(child, arrivals++, now, 3);
        byChild.put(child, c);
        authority.setState(child, ServiceState.SECTION47);
        authority.recorder.section47();
        authority.workforce.changeKind(child, CaseKind.ENQUIRY, now);
        prepareStage(c, Stage.ENQUIRY, now);
        c.allocated = true;
        c.everAllocated = true;
        work(c, authority.population.worker(child), now);
    }

    /**
     * The child's worker left: the case goes back to the queue, and part of the work done must be
     * repeated by whoever takes it on. False when the service holds no work in progress for the child.
     */
    public boolean requeue(int child, double now) {
        AssessmentCase c = byChild.get(child);
        if (c == null || !c.allocated) return false;
        double planned = authority.calendar.workingDaysBetween(c.stageStartTime, c.plannedEnd);
        double done = planned > 0 ? Math.min(1, authority.calendar.workingDaysBetween(c.stageStartTime, now) / planned) : 1;
        double repeat = authority.config().workforce().caseTransferRepeatShare();
        c.directDone += done * c.plannedDirect * (1 - repeat);
        double keep = (1 - done) + done * repeat;
        c.directNeeded *= keep;
        c.recordingNeeded *= keep;
        c.allocated = false;
        authority.population.bumpVersion(child);
        c.version = authority.population.version(child);
        queue.add(c);
        return true;
    }

    private void changeOpen(int delta, double now) {
        integrate(now);
        open += delta;
    }

    /** Accumulates the child-days of open assessments into the recorder up to now. */
    public void integrate(double now) {
        if (now > lastIntegration) {
            authority.recorder.openAssessmentDays(open * (now - lastIntegration));
            lastIntegration = now;
        }
    }

    private static Comparator<AssessmentCase> byArrival() { return Comparator.comparingLong(c -> c.arrival); }

    private static Comparator<AssessmentCase> comparator(AssessmentConfig.QueueOrder order) {
        return switch (order) {
            case ARRIVAL -> byArrival();
            case DEADLINE -> Comparator.<AssessmentCase>comparingDouble(c -> c.deadline).thenComparingLong(c -> c.arrival);
            case RISK -> Comparator.<AssessmentCase>comparingDouble(c -> -c.perceived).thenComparingLong(c -> c.arrival);
        };
    }
}
