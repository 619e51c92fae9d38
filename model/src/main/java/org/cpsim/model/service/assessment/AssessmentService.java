package org.cpsim.model.service.assessment;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Band;
import org.cpsim.model.config.PlansConfig;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.Thresholds;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.Help;
import org.cpsim.model.family.NeedLevel;
import org.cpsim.model.family.NeedProcess;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.random.Draws;
import org.cpsim.model.service.Journey;
import org.cpsim.model.workforce.CaseKind;
import org.cpsim.model.workforce.WorkInProgress;
import org.cpsim.model.workforce.Workforce;

/**
 * Referred children waiting for a social worker and being assessed, under the regime in force.
 * Waiting cases are allocated, in the regime's queue order, to a worker with room in their caseload;
 * how long the work takes depends on the hours the worker has for it, and how accurate it is on the
 * direct time it got and the worker's experience.
 */
public final class AssessmentService implements WorkInProgress {
    /** What assessment reads from a configuration: its own, the enquiry's, a case changing hands's cost, and the bar for a strategy discussion. */
    public record Settings(AssessmentConfig assessment, PlansConfig.ChildProtectionConfig enquiry, double caseTransferRepeatShare, Thresholds strategy) {
        public static Settings from(ScenarioConfig c) {
            return new Settings(c.assessment(), c.plans().childProtection(), c.workforce().caseTransferRepeatShare(), c.strategyThresholds());
        }
    }

    private final EventScheduler events;
    private final WorkingCalendar calendar;
    private final Population population;
    private final NeedProcess need;
    private final Journey journey;
    private final Workforce workforce;
    private final Recorder recorder;
    private final MersenneTwisterFast random;
    private final OpenCases byChild = new OpenCases();
    private final OpenAssessments open;
    private final AssessmentQueue queue = new AssessmentQueue();
    private Settings settings;
    private final AssessmentForms forms = new AssessmentForms();
    private long arrivals;

    public AssessmentService(EventScheduler events, WorkingCalendar calendar, Population population, NeedProcess need,
                             Journey journey, Workforce workforce, Recorder recorder, MersenneTwisterFast random) {
        this.events = events;
        this.calendar = calendar;
        this.population = population;
        this.need = need;
        this.journey = journey;
        this.workforce = workforce;
        this.recorder = recorder;
        this.random = random;
        this.open = new OpenAssessments(recorder);
    }

    /** Takes up the configuration in force (at the start and at each policy change); the queue is re-ordered if its order changed. */
    public void configure(Settings next, double now) {
        settings = next;
        forms.configure(next.assessment());
        queue.order(forms.queueOrder());
        allocate(now);
    }

    public int waiting() { return queue.size(); }
    /** A referral accepted at the front door: for assessment, or straight to a section 47 enquiry. */
    public void refer(int child, boolean enquiry, double perceived, double now) {
        AssessmentCase c = new AssessmentCase(child, arrivals++, now, perceived);
        byChild.put(child, c);
        if (enquiry) {
            journey.move(child, ServiceState.SECTION47);
            recorder.section47();
            recorder.episodeOfNeedStarted();
            prepareStage(c, Stage.ENQUIRY, now);
        } else {
            journey.move(child, ServiceState.ASSESSMENT);
            recorder.arrivalForAssessment();
            open.change(+1, now);
            // A case keeps the forms it started on, whatever changes while it runs. The draw is made only
            // during a transition, so that runs without one keep their random streams as they were.
            c.single = forms.takesSingleAssessment(random);
            prepareStage(c, forms.of(c).firstStage(), now);
        }
        need.setHelp(child, Help.OPEN, now);
        c.version = population.version(child);
        queue.add(c);
        allocate(now);
    }

    private void prepareStage(AssessmentCase c, Stage stage, double now) {
        c.stage = stage;
        c.stageStart = now;
        if (stage == Stage.ENQUIRY) {
            c.directNeeded = settings.enquiry().enquiryDirectHours();
            c.recordingNeeded = 0;
            c.deadline = calendar.addWorkingDays(now, settings.enquiry().strategyToConferenceWorkingDays());
            return;
        }
        c.directNeeded = Draws.gammaWithMean(random, forms.of(c).meanDirectHours(stage), settings.assessment().workHoursShape());
        c.recordingNeeded = forms.of(c).recordingHours(stage);
        // Initial and single assessments count from referral; a core assessment from its own start.
        double from = stage == Stage.CORE ? now : c.referralTime;
        c.deadline = calendar.addWorkingDays(from, forms.of(c).limitWorkingDays(stage));
    }

    /** Gives waiting cases to workers with room, in queue order. */
    @Override public void allocate(double now) {
        AssessmentCase c;
        while ((c = queue.firstCurrent(byChild, population)) != null) {
            int worker = workforce.findWorkerWithRoom();
            if (worker < 0) return;
            queue.poll();
            workforce.assign(c.child, worker, c.stage == Stage.ENQUIRY ? CaseKind.ENQUIRY : CaseKind.ASSESSMENT, now);
            if (!c.everAllocated) {
                c.everAllocated = true;
                if (c.stage != Stage.ENQUIRY) recorder.allocation(now - c.referralTime);
            }
            c.allocated = true;
            if (!c.helpStarted && c.stage == Stage.SINGLE
                    && settings.assessment().outcomeThresholds().band(c.perceived).atLeast(Band.SOCIAL_CARE)
                    && forms.of(c).helpDuringAssessment(random.nextDouble())) {
                c.helpStarted = true;
                journey.helpStarts(c.child, Help.CHILD_IN_NEED, now);
            }
            work(c, worker, now);
        }
    }

    /** Schedules the end of the current stage from the hours the worker can give it. */
    private void work(AssessmentCase c, int worker, double now) {
        double days;
        double direct = c.directNeeded;
        if (c.stage == Stage.ENQUIRY) {
            days = settings.enquiry().enquiryWorkingDays();
        } else {
            double hoursPerDay = workforce.assessmentHoursPerDay(worker);
            days = (c.directNeeded + c.recordingNeeded) / hoursPerDay;
            double remaining = calendar.workingDaysBetween(now, c.deadline);
            // Rushing only makes sense while the deadline can still be met; a case allocated after it is done in full.
            if (days > remaining && remaining > 0 && forms.of(c).cutsShortAtLimit(c.stage, random.nextDouble())) {
                // Recording is mandatory: what is cut is time with the family.
                days = Math.max(remaining, c.recordingNeeded / hoursPerDay);
                direct = Math.max(0, days * hoursPerDay - c.recordingNeeded);
            }
        }
        c.plannedDirect = direct;
        c.stageStartTime = now;
        c.plannedEnd = calendar.addWorkingDays(now, days);
        c.version = population.version(c.child);
        final int version = c.version;
        events.at(c.plannedEnd, s -> complete(c, version, s.schedule.getTime()));
    }

    private void complete(AssessmentCase c, int version, double now) {
        if (population.version(c.child) != version || byChild.get(c.child) != c || !c.allocated || c.plannedEnd != now) return;
        int worker = population.worker(c.child);
        c.directDone += c.plannedDirect;
        recorder.assessmentTime(c.plannedDirect, c.recordingNeeded);
        AssessmentConfig config = settings.assessment();
        // Only the prescribed forms have national timescales to miss.
        if ((c.stage == Stage.INITIAL || c.stage == Stage.CORE) && now > c.deadline + 1e-9) {
            recorder.deadlineMissed();
            workforce.deadlineMissed(worker);
        }
        int level = population.level(c.child);
        double sd = config.accuracy().sd(c.directDone, workforce.experienceMonths(worker, now));
        // An enquiry judges against the bar for a plan, an assessment against the bar for a strategy discussion.
        Band band = (c.stage == Stage.ENQUIRY ? config.outcomeThresholds() : settings.strategy()).band(level + Judgement.error(c, sd, config.accuracy().laterLooks(), random));
        if (c.stage == Stage.ENQUIRY) {
            byChild.remove(c.child);
            journey.enquiryFinished(c.child, band, c.stageStart, now);
            return;
        }
        double fromReferral = calendar.workingDaysBetween(c.referralTime, now);
        switch (c.stage) {
            case INITIAL, SINGLE -> recorder.firstStageCompleted(fromReferral, c.stage == Stage.SINGLE);
            case CORE -> recorder.coreCompleted(calendar.workingDaysBetween(c.stageStart, now));
            default -> { }
        }
        Stage next = forms.next(c, band, random);
        if (next != null) {
            prepareStage(c, next, now);
            work(c, worker, now);
            return;
        }
        finishAssessment(c, band, NeedLevel.of(level), fromReferral, now);
    }

    private void finishAssessment(AssessmentCase c, Band band, NeedLevel trueLevel, double fromReferral, double now) {
        recorder.assessmentCompleted(fromReferral, now - c.referralTime, c.directDone, trueLevel, band);
        open.change(-1, now);
        if (band.atLeast(Band.SOCIAL_CARE)) recorder.episodeOfNeedStarted();
        if (band == Band.CHILD_PROTECTION) {
            strategyDiscussion(c, now);
            return;
        }
        byChild.remove(c.child);
        journey.belowChildProtection(c.child, band, now);
    }

    /** The child turns 18 while referred: the case closes (the authority releases the worker). */
    public void leave(int child, double now) {
        AssessmentCase c = byChild.remove(child);
        if (c == null) return;
        if (!c.allocated) queue.remove(c);
        if (c.stage != Stage.ENQUIRY) open.change(-1, now);
    }

    /** A strategy discussion for a child already on a plan: the enquiry goes to the child's own worker. */
    public void enquiryByOwnWorker(int child, double now) {
        AssessmentCase c = new AssessmentCase(child, arrivals++, now, 3);
        byChild.put(child, c);
        c.allocated = true;
        c.everAllocated = true;
        strategyDiscussion(c, now);
    }

    /** A strategy discussion: the case becomes a section 47 enquiry, worked by the child's own worker. */
    private void strategyDiscussion(AssessmentCase c, double now) {
        journey.move(c.child, ServiceState.SECTION47);
        recorder.section47();
        workforce.changeKind(c.child, CaseKind.ENQUIRY, now);
        prepareStage(c, Stage.ENQUIRY, now);
        work(c, population.worker(c.child), now);
    }

    /** The child's worker left: the case goes back to the queue, and part of the work done must be repeated. */
    @Override public boolean requeue(int child, double now) {
        AssessmentCase c = byChild.get(child);
        if (c == null || !c.allocated) return false;
        double planned = calendar.workingDaysBetween(c.stageStartTime, c.plannedEnd);
        double done = planned > 0 ? Math.min(1, calendar.workingDaysBetween(c.stageStartTime, now) / planned) : 1;
        c.handBack(done, settings.caseTransferRepeatShare());
        population.bumpVersion(child);
        c.version = population.version(child);
        queue.add(c);
        return true;
    }

    /** Accumulates the child-days of open assessments into the recorder up to now. */
    public void integrate(double now) { open.integrate(now); }
}
