package org.cpsim.model.workforce;

import java.util.Arrays;

/** A case-holding social worker: permanent or agency, their experience, stress and caseload. */
final class SocialWorker {
    final int id;
    final boolean agency;
    final double hiredAt;
    final double experienceAtHireMonths;
    final double protectedUntil;
    final Post post;
    double stress;
    int missedDeadlines;
    int leaveToken;
    boolean inPost = true;
    int assessments;         // assessments and enquiries in progress
    double planHoursPerWeek; // hours a week the plans held take
    private int[] cases = new int[8];
    private int caseCount;

    SocialWorker(int id, boolean agency, double hiredAt, double experienceAtHireMonths, double protectedUntil, Post post) {
        this.id = id;
        this.agency = agency;
        this.hiredAt = hiredAt;
        this.experienceAtHireMonths = experienceAtHireMonths;
        this.protectedUntil = protectedUntil;
        this.post = post;
    }

    int caseload() { return caseCount; }

    int caseAt(int i) { return cases[i]; }

    /** Adds a child; returns its position in the case list. */
    int add(int child) {
        if (caseCount == cases.length) cases = Arrays.copyOf(cases, caseCount * 2);
        cases[caseCount] = child;
        return caseCount++;
    }

    /** Removes the child at a position; returns the child moved into that position, or -1. */
    int removeAt(int position) {
        int last = cases[--caseCount];
        if (position == caseCount) return -1;
        cases[position] = last;
        return last;
    }

    double experienceMonths(double now) { return experienceAtHireMonths + (now - hiredAt) / (365.25 / 12); }

    /** A funded post: held by a permanent worker, covered by an agency worker, or vacant. */
    static final class Post {
        SocialWorker permanent;
        SocialWorker agency;
        boolean recruiting;
        boolean seekingAgency;
        boolean cut;
        double vacantSince;  // to be removed when it next falls vacant (the establishment shrank)

        boolean hasPermanent() { return permanent != null; }

        SocialWorker holder() { return permanent != null ? permanent : agency; }
    }
}
