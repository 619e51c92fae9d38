package org.cpsim.model.workforce;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.Authority;
import org.cpsim.model.config.ScenarioConfig;
import org.cpsim.model.config.WorkforceConfig;
import org.cpsim.model.family.Population;
import org.cpsim.model.family.ServiceState;
import org.cpsim.model.metrics.Stock;
import org.cpsim.model.random.Draws;

/**
 * The authority's case-holding social workers: funded posts, who holds them, caseloads, the time
 * each case gets, stress, leaving, recruitment and agency cover. Cases stay with their worker from
 * allocation to closure; a leaver's cases are transferred, at a cost in repeated work.
 */
public final class Workforce {
    private static final double DAYS_PER_MONTH = 365.25 / 12;

    private final Authority authority;
    private final MersenneTwisterFast random;
    private final List<SocialWorker> everyone = new ArrayList<>();
    private final List<SocialWorker> inPost = new ArrayList<>();
    private final List<Post> posts = new ArrayList<>();
    private final List<Integer> unallocated = new ArrayList<>();
    private CaseKind[] kinds = new CaseKind[16];
    private int fullCap;
    private int protectedCap;

    public Workforce(Authority authority, MersenneTwisterFast random) {
        this.authority = authority;
        this.random = random;
    }

    /** Fills the establishment at the start of the run with permanent workers. */
    public void staff(double now) {
        readCaps();
        WorkforceConfig config = authority.config().workforce();
        int funded = fundedPosts();
        for (int i = 0; i < funded; i++) {
            Post post = new Post();
            posts.add(post);
            double experience = Draws.exponential(random, 1.0 / Math.max(1e-9, config.initialExperienceMeanMonths()));
            post.permanent = join(post, false, experience, now);
        }
    }

    private int fundedPosts() {
        return (int) Math.round(authority.config().workforce().fundedPostsPer10kChildren() * authority.population.alive() / 10000.0);
    }

    /** Follows a change of establishment: new posts start vacant; surplus posts go when next vacant. */
    public void configure(double now) {
        readCaps();
        int funded = fundedPosts();
        int live = 0;
        for (Post p : posts) if (!p.cut) live++;
        for (; live < funded; live++) {
            Post p = new Post();
            posts.add(p);
            vacancy(p, now);
        }
        for (int i = posts.size() - 1; i >= 0 && live > funded; i--) {
            Post p = posts.get(i);
            if (p.cut) continue;
            p.cut = true;
            live--;
            if (p.holder() == null) posts.remove(i);
        }
    }

    private SocialWorker join(Post post, boolean agency, double experienceMonths, double now) {
        WorkforceConfig config = authority.config().workforce();
        boolean newlyQualified = !agency && experienceMonths == 0;
        double protectedUntil = newlyQualified ? now + config.newlyQualified().protectedMonths() * DAYS_PER_MONTH : now;
        SocialWorker w = new SocialWorker(everyone.size(), agency, now, experienceMonths, protectedUntil, post);
        everyone.add(w);
        inPost.add(w);
        drawLeaving(w, now, DAYS_PER_MONTH);
        while (!unallocated.isEmpty() && w.caseload() < cap(w, now)) {
            int child = unallocated.remove(unallocated.size() - 1);
            assignTo(child, w, kindOf(child));
        }
        authority.assessment.allocate(now);
        return w;
    }

    private int cap(SocialWorker w, double now) {
        return now < w.protectedUntil ? protectedCap : fullCap;
    }

    /** Caseload caps follow the configuration in force (read once per change, not per allocation). */
    private void readCaps() {
        WorkforceConfig config = authority.config().workforce();
        fullCap = config.caseloadCap();
        protectedCap = Math.max(1, (int) Math.round(config.caseloadCap() * config.newlyQualified().protectedCaseloadShare()));
    }

    /** The in-post worker with room and the fewest cases (the first such on ties), or -1. */
    public int findWorkerWithRoom() {
        double now = authority.now();
        SocialWorker best = null;
        for (SocialWorker w : inPost) {
            if (w.caseload() < cap(w, now) && (best == null || w.caseload() < best.caseload())) best = w;
        }
        return best == null ? -1 : best.id;
    }

    public void assign(int child, int worker, CaseKind kind, double now) {
        assignTo(child, everyone.get(worker), kind);
    }

    private void assignTo(int child, SocialWorker w, CaseKind kind) {
        Population population = authority.population;
        population.setWorker(child, w.id);
        population.setWorkerPosition(child, w.add(child));
        setKind(child, kind);
        load(w, kind, +1);
    }

    /** The case changes kind with the same worker (an assessment becoming a plan, say). */
    public void changeKind(int child, CaseKind kind, double now) {
        int id = authority.population.worker(child);
        if (id < 0) { setKind(child, kind); return; }
        SocialWorker w = everyone.get(id);
        load(w, kindOf(child), -1);
        setKind(child, kind);
        load(w, kind, +1);
    }

    /** The case closes or the child leaves: the worker's slot frees, and waiting work may be allocated. */
    public void release(int child, double now) {
        Population population = authority.population;
        int id = population.worker(child);
        if (id < 0) {
            unallocated.remove(Integer.valueOf(child));
            return;
        }
        unassign(child, everyone.get(id));
        authority.assessment.allocate(now);
    }

    private void unassign(int child, SocialWorker w) {
        Population population = authority.population;
        int moved = w.removeAt(population.workerPosition(child));
        if (moved >= 0) population.setWorkerPosition(moved, population.workerPosition(child));
        population.setWorker(child, Population.NO_WORKER);
        load(w, kindOf(child), -1);
    }

    private void load(SocialWorker w, CaseKind kind, int sign) {
        ScenarioConfig config = authority.config();
        switch (kind) {
            case ASSESSMENT, ENQUIRY -> w.assessments += sign;
            case CIN_PLAN -> w.planHoursPerWeek += sign * config.plans().childInNeed().hoursPerWeek();
            case CP_PLAN -> w.planHoursPerWeek += sign * config.plans().childProtection().hoursPerWeek();
            case LOOKED_AFTER -> w.planHoursPerWeek += sign * config.care().hoursPerWeek();
        }
        if (w.planHoursPerWeek < 1e-9) w.planHoursPerWeek = 0;
    }

    private void setKind(int child, CaseKind kind) {
        if (child >= kinds.length) kinds = Arrays.copyOf(kinds, Math.max(child + 1, kinds.length * 2));
        kinds[child] = kind;
    }

    private CaseKind kindOf(int child) { return kinds[child]; }

    /** Hours a working day the worker can give each assessment in progress (plans share the time). */
    public double assessmentHoursPerDay(int worker) {
        SocialWorker w = everyone.get(worker);
        double capacity = dailyCapacity();
        double plans = w.planHoursPerWeek / authority.calendar.workingDaysPerWeek();
        // Time is shared in proportion to demand, an assessment demanding the whole day: alone it
        // gets all of it; with plans or other assessments, a proportional share.
        return capacity * capacity / (capacity * Math.max(1, w.assessments) + plans);
    }

    private double dailyCapacity() {
        WorkforceConfig config = authority.config().workforce();
        return config.hoursPerWeek() / authority.calendar.workingDaysPerWeek() * (1 - config.overheadShare());
    }

    public double experienceMonths(int worker, double now) {
        return worker < 0 ? 0 : everyone.get(worker).experienceMonths(now);
    }

    public void deadlineMissed(int worker) {
        if (worker >= 0) everyone.get(worker).missedDeadlines++;
    }

    /** Whether the child's worker is so overloaded that reviews drift. */
    public boolean overloaded(int child) {
        int id = authority.population.worker(child);
        if (id < 0) return true;
        ScenarioConfig c = authority.config();
        return everyone.get(id).caseload() > c.plans().driftCaseloadRatio() * c.workforce().manageableCaseload();
    }

    /** Monthly: stress moves with caseload and missed deadlines; who leaves this month is drawn. */
    public void monthStarts(double now, double days) {
        WorkforceConfig.StressConfig stress = authority.config().workforce().stress();
        double manageable = authority.config().workforce().manageableCaseload();
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
        WorkforceConfig config = authority.config().workforce();
        double perYear = w.agency
                ? -Math.log1p(-config.agency().annualLeavingProbability()) * (1 + config.turnover().stressHazardPerUnit() * w.stress)
                : config.turnover().hazardPerYear(w.stress, w.experienceMonths(now));
        double t = Draws.exponential(random, perYear / 365.25);
        w.leaveToken++;
        if (t < days && now + t < authority.endTime) {
            int token = w.leaveToken;
            authority.events.at(now + t, s -> leave(w, token, s.schedule.getTime()));
        }
    }

    private void leave(SocialWorker w, int token, double now) {
        if (!w.inPost || w.leaveToken != token) return;
        if (!w.agency) authority.recorder.permanentLeaver();
        depart(w, now);
        Post post = w.post;
        if (w.agency) post.agency = null; else post.permanent = null;
        if (post.cut && post.holder() == null) {
            posts.remove(post);
            return;
        }
        if (!post.hasPermanent()) vacancy(post, now);
    }

    /** The worker goes: every case is transferred. */
    private void depart(SocialWorker w, double now) {
        w.inPost = false;
        inPost.remove(w);
        int[] children = new int[w.caseload()];
        for (int i = 0; i < children.length; i++) children[i] = w.caseAt(i);
        for (int child : children) {
            CaseKind kind = kindOf(child);
            unassign(child, w);
            setKind(child, kind);
            // Work in progress goes back to the queue; anything else (a plan, care, or a child awaiting
            // conference after the enquiry) passes to the least-loaded colleague.
            if ((kind == CaseKind.ASSESSMENT || kind == CaseKind.ENQUIRY) && authority.assessment.requeue(child, now)) {
                continue;
            } else {
                SocialWorker to = leastLoaded();
                if (to != null) assignTo(child, to, kind); else unallocated.add(child);
            }
        }
        authority.assessment.allocate(now);
    }

    private SocialWorker leastLoaded() {
        SocialWorker best = null;
        for (SocialWorker w : inPost) if (best == null || w.caseload() < best.caseload()) best = w;
        return best;
    }

    /** A post without a permanent holder: recruit, and perhaps cover with an agency worker meanwhile. */
    private void vacancy(Post post, double now) {
        WorkforceConfig config = authority.config().workforce();
        if (!post.recruiting) {
            post.recruiting = true;
            post.vacantSince = now;
            double at = now + Draws.exponential(random, 1.0 / Math.max(1e-9, config.recruitment().meanLagWeeks() * 7));
            authority.events.at(at, s -> appoint(post, s.schedule.getTime()));
        }
        seekAgency(post, now);
    }

    private void seekAgency(Post post, double now) {
        WorkforceConfig.AgencyStaffConfig agency = authority.config().workforce().agency();
        if (post.agency != null || post.seekingAgency || random.nextDouble() >= agency.coverProbability()) return;
        post.seekingAgency = true;
        double at = now + Draws.exponential(random, 1.0 / Math.max(1e-9, agency.meanLagWeeks() * 7));
        authority.events.at(at, s -> agencyArrives(post, s.schedule.getTime()));
    }

    private void agencyArrives(Post post, double now) {
        post.seekingAgency = false;
        if (post.hasPermanent() || post.agency != null || post.cut || !posts.contains(post)) return;
        double experience = Draws.exponential(random, 1.0 / Math.max(1e-9, authority.config().workforce().agency().experienceMeanMonths()));
        post.agency = join(post, true, experience, now);
    }

    private void appoint(Post post, double now) {
        post.recruiting = false;
        if (post.cut) {
            if (post.agency != null) { depart(post.agency, now); post.agency = null; }
            posts.remove(post);
            return;
        }
        WorkforceConfig.RecruitmentConfig r = authority.config().workforce().recruitment();
        boolean newlyQualified = random.nextDouble() < r.newlyQualifiedShare();
        double experience = newlyQualified ? 0 : Draws.exponential(random, 1.0 / Math.max(1e-9, r.experiencedHireMeanMonths()));
        authority.recorder.appointment(now - post.vacantSince);
        SocialWorker agency = post.agency;
        post.agency = null;
        post.permanent = join(post, false, experience, now);
        if (agency != null) depart(agency, now); // the agency worker's cases pass to the new appointee and others
    }

    /** A month-end picture of the workforce: counts, and every worker's caseload and stress. */
    public record Snapshot(int inPost, int fundedPosts, int postsWithoutPermanent, int agency, double[] caseloads, double[] stresses) {}

    /** Month-end accounts: time use and costs go to the recorder; the snapshot is returned. */
    public Snapshot monthEnds(double days, double workingDays) {
        ScenarioConfig config = authority.config();
        double capacity = dailyCapacity();
        double hoursPerDay = config.workforce().hoursPerWeek() / authority.calendar.workingDaysPerWeek();
        double direct = 0, recording = 0, permanentDays = 0, agencyHours = 0;
        int agency = 0;
        double[] caseloads = new double[inPost.size()];
        double[] stresses = new double[inPost.size()];
        for (int i = 0; i < inPost.size(); i++) {
            SocialWorker w = inPost.get(i);
            double plans = w.planHoursPerWeek / authority.calendar.workingDaysPerWeek();
            double planTime = plans > 0 ? capacity * plans / (capacity * w.assessments + plans) * workingDays : 0;
            direct += planTime * config.plans().directShareOfPlanWork();
            recording += planTime * (1 - config.plans().directShareOfPlanWork());
            if (w.agency) { agency++; agencyHours += hoursPerDay * workingDays; } else permanentDays += days;
            caseloads[i] = w.caseload();
            stresses[i] = w.stress;
        }
        double contracted = inPost.size() * hoursPerDay * workingDays;
        authority.recorder.workforceMonth(permanentDays, contracted, direct, recording);
        double careWeekly = config.care().fosterShare() * config.costs().fosterPerChildWeek()
                + (1 - config.care().fosterShare()) * config.costs().residentialPerChildWeek();
        authority.recorder.costs(contracted * config.costs().socialWorkerPerHour(),
                agencyHours * config.costs().socialWorkerPerHour() * config.costs().agencyPremiumShare(),
                authority.earlyHelp.places() * days / 7 * config.costs().earlyHelpPerPlaceWeek(),
                authority.stateCount(ServiceState.LOOKED_AFTER) * days / 7 * careWeekly);
        int withoutPermanent = 0, live = 0;
        for (Post p : posts) {
            if (p.cut) continue;
            live++;
            if (!p.hasPermanent()) withoutPermanent++;
        }
        return new Snapshot(inPost.size(), live, withoutPermanent, agency, caseloads, stresses);
    }

    /** Writes the workforce stocks of one or more snapshots (pooled) into a month-end stock array. */
    public static void record(List<Snapshot> snapshots, double[] stocks) {
        int inPost = 0, funded = 0, without = 0, agency = 0, n = 0;
        for (Snapshot s : snapshots) {
            inPost += s.inPost();
            funded += s.fundedPosts();
            without += s.postsWithoutPermanent();
            agency += s.agency();
            n += s.caseloads().length;
        }
        double[] caseloads = new double[n];
        double[] stresses = new double[n];
        int k = 0;
        for (Snapshot s : snapshots) {
            System.arraycopy(s.caseloads(), 0, caseloads, k, s.caseloads().length);
            System.arraycopy(s.stresses(), 0, stresses, k, s.stresses().length);
            k += s.caseloads().length;
        }
        Arrays.sort(caseloads);
        Arrays.sort(stresses);
        stocks[Stock.SW_IN_POST.ordinal()] = inPost;
        stocks[Stock.SW_FUNDED_POSTS.ordinal()] = funded;
        stocks[Stock.SW_POSTS_WITHOUT_PERMANENT.ordinal()] = without;
        stocks[Stock.SW_AGENCY.ordinal()] = agency;
        stocks[Stock.SW_CASELOAD_MEAN.ordinal()] = mean(caseloads);
        stocks[Stock.SW_CASELOAD_P90.ordinal()] = quantile(caseloads, 0.9);
        stocks[Stock.SW_STRESS_MEAN.ordinal()] = mean(stresses);
        stocks[Stock.SW_STRESS_P90.ordinal()] = quantile(stresses, 0.9);
    }

    private static double mean(double[] v) {
        if (v.length == 0) return Double.NaN;
        double s = 0;
        for (double x : v) s += x;
        return s / v.length;
    }

    private static double quantile(double[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        double h = (sorted.length - 1) * q;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
