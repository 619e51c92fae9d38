package org.cpsim.model.workforce;

import java.util.ArrayList;
import java.util.List;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.WorkforceConfig;
import org.cpsim.model.engine.EventScheduler;
import org.cpsim.model.metrics.Recorder;
import org.cpsim.model.random.Draws;

/**
 * The funded posts and how they are filled: a vacancy is recruited to (after a lag), and perhaps
 * covered by an agency worker meanwhile; a post cut from the establishment goes when next vacant.
 */
final class Establishment {
    /** Who joins and leaves the workforce when a post is filled or its holder replaced. */
    interface Staffing {
        SocialWorker join(SocialWorker.Post post, boolean agency, double experienceMonths, double now);

        /** The worker goes: every case is transferred. */
        void depart(SocialWorker worker, double now);
    }

    private final EventScheduler events;
    private final Recorder recorder;
    private final MersenneTwisterFast random;
    private final Staffing staffing;
    private final List<SocialWorker.Post> posts = new ArrayList<>();
    private WorkforceConfig config;

    Establishment(EventScheduler events, Recorder recorder, MersenneTwisterFast random, Staffing staffing) {
        this.events = events;
        this.recorder = recorder;
        this.random = random;
        this.staffing = staffing;
    }

    void configure(WorkforceConfig next) { this.config = next; }

    /** Fills the establishment at the start of the run with permanent workers. */
    void staff(int funded, double now) {
        for (int i = 0; i < funded; i++) {
            SocialWorker.Post post = new SocialWorker.Post();
            posts.add(post);
            double experience = Draws.exponentialOrGamma(random, 1.0 / Math.max(1e-9, config.initialExperienceMeanMonths()), config.experienceShape());
            post.permanent = staffing.join(post, false, experience, now);
        }
    }

    /** Follows a change of establishment: new posts start vacant; surplus posts go when next vacant. */
    void resize(int funded, double now) {
        int live = 0;
        for (SocialWorker.Post p : posts) if (!p.cut) live++;
        for (; live < funded; live++) {
            SocialWorker.Post p = new SocialWorker.Post();
            posts.add(p);
            vacancy(p, now);
        }
        for (int i = posts.size() - 1; i >= 0 && live > funded; i--) {
            SocialWorker.Post p = posts.get(i);
            if (p.cut) continue;
            p.cut = true;
            live--;
            if (p.holder() == null) posts.remove(i);
        }
    }

    /** A worker has left their post: it goes if it was cut, else it falls vacant if it has no permanent holder. */
    void vacated(SocialWorker w, double now) {
        SocialWorker.Post post = w.post;
        if (w.agency) post.agency = null; else post.permanent = null;
        if (post.cut && post.holder() == null) {
            posts.remove(post);
            return;
        }
        if (!post.hasPermanent()) vacancy(post, now);
    }

    /** A post without a permanent holder: recruit, and perhaps cover with an agency worker meanwhile. */
    private void vacancy(SocialWorker.Post post, double now) {
        if (!post.recruiting) {
            post.recruiting = true;
            post.vacantSince = now;
            double at = now + Draws.exponentialOrGamma(random, 1.0 / Math.max(1e-9, config.recruitment().meanLagWeeks() * 7), config.recruitment().lagShape());
            events.at(at, s -> appoint(post, s.schedule.getTime()));
        }
        seekAgency(post, now);
    }

    private void seekAgency(SocialWorker.Post post, double now) {
        WorkforceConfig.AgencyStaffConfig agency = config.agency();
        if (post.agency != null || post.seekingAgency || random.nextDouble() >= agency.coverProbability()) return;
        post.seekingAgency = true;
        double at = now + Draws.exponentialOrGamma(random, 1.0 / Math.max(1e-9, agency.meanLagWeeks() * 7), agency.lagShape());
        events.at(at, s -> agencyArrives(post, s.schedule.getTime()));
    }

    private void agencyArrives(SocialWorker.Post post, double now) {
        post.seekingAgency = false;
        if (post.hasPermanent() || post.agency != null || post.cut || !posts.contains(post)) return;
        double experience = Draws.exponentialOrGamma(random, 1.0 / Math.max(1e-9, config.agency().experienceMeanMonths()), config.experienceShape());
        post.agency = staffing.join(post, true, experience, now);
    }

    private void appoint(SocialWorker.Post post, double now) {
        post.recruiting = false;
        if (post.cut) {
            if (post.agency != null) { staffing.depart(post.agency, now); post.agency = null; }
            posts.remove(post);
            return;
        }
        WorkforceConfig.RecruitmentConfig r = config.recruitment();
        boolean newlyQualified = random.nextDouble() < r.newlyQualifiedShare();
        double experience = newlyQualified ? 0 : Draws.exponentialOrGamma(random, 1.0 / Math.max(1e-9, r.experiencedHireMeanMonths()), config.experienceShape());
        recorder.appointment(now - post.vacantSince);
        SocialWorker agency = post.agency;
        post.agency = null;
        post.permanent = staffing.join(post, false, experience, now);
        if (agency != null) staffing.depart(agency, now); // the agency worker's cases pass to the new appointee and others
    }

    /** Funded posts not cut. */
    int live() {
        int live = 0;
        for (SocialWorker.Post p : posts) if (!p.cut) live++;
        return live;
    }

    /** Funded posts (not cut) without a permanent holder. */
    int withoutPermanent() {
        int without = 0;
        for (SocialWorker.Post p : posts) if (!p.cut && !p.hasPermanent()) without++;
        return without;
    }
}
