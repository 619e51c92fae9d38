package org.cpsim.model.workforce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.calendar.WorkingCalendar;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.WorkforceConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.family.Population;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.metrics.WorkforceSnapshot;
import org.cpsim.model.random.Draws;

/**
 * The authority's case-holding social workers: who holds the funded posts ({@link Establishment}),
 * caseloads, the time each case gets, stress and leaving. Cases stay with their worker from
 * allocation to closure; a leaver's cases are transferred, at a cost in repeated work.
 */
public final class Workforce {
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    /** What the workforce reads from a configuration: its own, and the weekly hours each kind of plan takes. */
    public record Settings(WorkforceConfig workforce, double childInNeedPlanHoursPerWeek, double protectionPlanHoursPerWeek,
                           double lookedAfterHoursPerWeek, double directShareOfPlanWork, double driftCaseloadRatio) {
        public static Settings from(ScenarioConfig c) {
            return new Settings(c.workforce(), c.plans().childInNeed().hoursPerWeek(), c.plans().childProtection().hoursPerWeek(),
                    c.care().hoursPerWeek(), c.plans().directShareOfPlanWork(), c.plans().driftCaseloadRatio());
        }
    }

    private final EventScheduler events;
    private final WorkingCalendar calendar;
    private final Population population;
    private final Recorder recorder;
    private final MersenneTwisterFast random;
    private final Establishment establishment;
    private final List<SocialWorker> everyone = new ArrayList<>();
    private final List<SocialWorker> inPost = new ArrayList<>();
    private final List<Integer> unallocated = new ArrayList<>();
    private final Caseloads caseloads;
    private WorkInProgress work;
    private Settings settings;

    public Workforce(EventScheduler events, WorkingCalendar calendar, Population population, Recorder recorder,
                     MersenneTwisterFast random) {
        this.events = events;
        this.calendar = calendar;
        this.population = population;
        this.recorder = recorder;
        this.random = random;
        this.establishment = new Establishment(events, recorder, random, new Establishment.Staffing() {
            @Override public SocialWorker join(SocialWorker.Post post, boolean agency, double experienceMonths, double now) {
                return Workforce.this.join(post, agency, experienceMonths, now);
            }

            @Override public void depart(SocialWorker worker, double now) { Workforce.this.depart(worker, now); }
        });
        this.caseloads = new Caseloads(population);
    }

    /** The work that waits for workers with room (assessment): told when room frees, handed leavers' work. */
    public void serve(WorkInProgress waitingWork) { this.work = waitingWork; }

    /** Fills the establishment at the start of the run with permanent workers. */
    public void staff(Settings initial, double now) {
        use(initial);
        establishment.staff(fundedPosts(), now);
    }

    /** Follows a policy change: caps and hours from the new configuration; the establishment resized. */
    public void configure(Settings next, double now) {
        use(next);
        establishment.resize(fundedPosts(), now);
    }

    private void use(Settings next) {
        settings = next;
        caseloads.configure(next.workforce(), next.childInNeedPlanHoursPerWeek(), next.protectionPlanHoursPerWeek(),
                next.lookedAfterHoursPerWeek());
        establishment.configure(next.workforce());
    }

    private int fundedPosts() {
        return (int) Math.round(settings.workforce().fundedPostsPer10kChildren() * population.alive() / 10000.0);
    }

    private SocialWorker join(SocialWorker.Post post, boolean agency, double experienceMonths, double now) {
        WorkforceConfig config = settings.workforce();
        boolean newlyQualified = !agency && experienceMonths == 0;
        double protectedUntil = newlyQualified ? now + config.newlyQualified().protectedMonths() * DAYS_PER_MONTH : now;
        SocialWorker w = new SocialWorker(everyone.size(), agency, now, experienceMonths, protectedUntil, post);
        everyone.add(w);
        inPost.add(w);
        drawLeaving(w, now, DAYS_PER_MONTH);
        while (!unallocated.isEmpty() && w.caseload() < caseloads.cap(w, now)) {
            int child = unallocated.remove(unallocated.size() - 1);
            caseloads.assign(child, w, caseloads.kindOf(child));
        }
        work.allocate(now);
        return w;
    }

    /** The in-post worker with room the allocation rule picks (the longest in post on ties), or -1. */
    public int findWorkerWithRoom() {
        double now = events.now();
        boolean first = settings.workforce().allocationRule() == WorkforceConfig.AllocationRule.FIRST_WITH_ROOM;
        SocialWorker best = null;
        for (SocialWorker w : inPost) {
            if (w.caseload() >= caseloads.cap(w, now)) continue;
            if (first) return w.id;
            if (best == null || w.caseload() < best.caseload()) best = w;
        }
        return best == null ? -1 : best.id;
    }

    public void assign(int child, int worker, CaseKind kind, double now) {
        caseloads.assign(child, everyone.get(worker), kind);
    }

    /** The case changes kind with the same worker (an assessment becoming a plan, say). */
    public void changeKind(int child, CaseKind kind, double now) {
        int id = population.worker(child);
        caseloads.changeKind(child, id < 0 ? null : everyone.get(id), kind);
    }

    /** The case closes or the child leaves: the worker's slot frees, and waiting work may be allocated. */
    public void release(int child, double now) {
        int id = population.worker(child);
        if (id < 0) {
            unallocated.remove(Integer.valueOf(child));
            return;
        }
        caseloads.unassign(child, everyone.get(id));
        work.allocate(now);
    }

    /** Hours a working day the worker can give each assessment in progress (plans share the time). */
    public double assessmentHoursPerDay(int worker) {
        SocialWorker w = everyone.get(worker);
        double capacity = dailyCapacity();
        double plans = w.planHoursPerWeek / calendar.workingDaysPerWeek();
        // Time is shared in proportion to demand, an assessment demanding the whole day: alone it
        // gets all of it; with plans or other assessments, a proportional share.
        return capacity * capacity / (capacity * Math.max(1, w.assessments) + plans);
    }

    private double dailyCapacity() {
        WorkforceConfig config = settings.workforce();
        return config.hoursPerWeek() / calendar.workingDaysPerWeek() * (1 - config.overheadShare());
    }

    public double experienceMonths(int worker, double now) {
        return worker < 0 ? 0 : everyone.get(worker).experienceMonths(now);
    }

    public void deadlineMissed(int worker) {
        if (worker >= 0) everyone.get(worker).missedDeadlines++;
    }

    /** Whether the child's worker is so overloaded that reviews drift. */
    public boolean overloaded(int child) {
        int id = population.worker(child);
        if (id < 0) return true;
        return everyone.get(id).caseload() > settings.driftCaseloadRatio() * settings.workforce().manageableCaseload();
    }

    /** Monthly: stress moves with caseload and missed deadlines; who leaves this month is drawn. */
    public void monthStarts(double now, double days) {
        WorkforceConfig.StressConfig stress = settings.workforce().stress();
        double manageable = settings.workforce().manageableCaseload();
        for (SocialWorker w : inPost) {
            w.stress = w.stress * (1 - stress.recoveryPerMonth())
                    + stress.perExcessCasePerMonth() * Math.max(0, w.caseload() - manageable)
                    + stress.perMissedDeadline() * w.missedDeadlines;
            w.missedDeadlines = 0;
            drawLeaving(w, now, days);
        }
    }

    /** Piecewise-constant hazard: the leaving time within the coming month, if any, is exact. */
    private void drawLeaving(SocialWorker w, double now, double days) {
        WorkforceConfig config = settings.workforce();
        double perYear = w.agency ? agencyHazardPerYear(config, w.stress) : config.turnover().hazardPerYear(w.stress, w.experienceMonths(now));
        double t = Draws.exponential(random, perYear / 365.25);
        w.leaveToken++;
        if (t < days) {
            int token = w.leaveToken;
            events.at(now + t, s -> leave(w, token, s.schedule.getTime()));
        }
    }

    /** Agency workers leave at their own base rate, raised by stress, and scaled by retention only if the scenario says so. */
    static double agencyHazardPerYear(WorkforceConfig config, double stress) {
        double base = -Math.log1p(-config.agency().annualLeavingProbability());
        if (config.agency().leavingFollowsRetention()) base *= config.turnover().retentionMultiplier();
        return base * (1 + config.turnover().stressHazardPerUnit() * stress);
    }

    private void leave(SocialWorker w, int token, double now) {
        if (!w.inPost || w.leaveToken != token) return;
        if (!w.agency) recorder.permanentLeaver();
        depart(w, now);
        establishment.vacated(w, now);
    }

    /** The worker goes: every case is transferred. */
    private void depart(SocialWorker w, double now) {
        w.inPost = false;
        inPost.remove(w);
        int[] children = new int[w.caseload()];
        for (int i = 0; i < children.length; i++) children[i] = w.caseAt(i);
        for (int child : children) {
            CaseKind kind = caseloads.kindOf(child);
            caseloads.unassign(child, w);
            // Work in progress goes back to the queue; anything else (a plan, care, or a child awaiting
            // conference after the enquiry) passes to the least-loaded colleague.
            if ((kind == CaseKind.ASSESSMENT || kind == CaseKind.ENQUIRY) && work.requeue(child, now)) continue;
            SocialWorker to = leastLoaded();
            if (to != null) caseloads.assign(child, to, kind); else unallocated.add(child);
        }
        work.allocate(now);
    }

    private SocialWorker leastLoaded() {
        SocialWorker best = null;
        for (SocialWorker w : inPost) if (best == null || w.caseload() < best.caseload()) best = w;
        return best;
    }

    /** Month-end accounts: the month's time use goes to the recorder; the snapshot (with hours for costs) is returned. */
    public WorkforceSnapshot monthEnds(double days, double workingDays) {
        return MonthAccounts.close(inPost, establishment, settings.workforce().hoursPerWeek(), settings.directShareOfPlanWork(),
                dailyCapacity(), calendar.workingDaysPerWeek(), recorder, days, workingDays);
    }
}
