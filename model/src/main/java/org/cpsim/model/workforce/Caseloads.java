package org.cpsim.model.workforce;

import java.util.Arrays;

import org.cpsim.model.config.WorkforceConfig;
import org.cpsim.model.family.Population;

/**
 * Who holds which case, of what kind, and what each worker's cases take: assessments in progress,
 * and the weekly hours of the plans held. Caps on cases follow the configuration in force.
 */
final class Caseloads {
    private final Population population;
    private CaseKind[] kinds = new CaseKind[16];
    private int fullCap;
    private int protectedCap;
    private double childInNeedPlanHours;
    private double protectionPlanHours;
    private double lookedAfterHours;

    Caseloads(Population population) { this.population = population; }

    /** Caseload caps and plan hours follow the configuration in force (read once per change, not per allocation). */
    void configure(WorkforceConfig workforce, double childInNeedPlanHoursPerWeek, double protectionPlanHoursPerWeek,
                   double lookedAfterHoursPerWeek) {
        fullCap = workforce.caseloadCap();
        protectedCap = Math.max(1, (int) Math.round(workforce.caseloadCap() * workforce.newlyQualified().protectedCaseloadShare()));
        childInNeedPlanHours = childInNeedPlanHoursPerWeek;
        protectionPlanHours = protectionPlanHoursPerWeek;
        lookedAfterHours = lookedAfterHoursPerWeek;
    }

    int cap(SocialWorker w, double now) {
        return now < w.protectedUntil ? protectedCap : fullCap;
    }

    void assign(int child, SocialWorker w, CaseKind kind) {
        population.setWorker(child, w.id);
        population.setWorkerPosition(child, w.add(child));
        setKind(child, kind);
        load(w, kind, +1);
    }

    /** The case changes kind with the same worker, or (held by no one) just changes kind. */
    void changeKind(int child, SocialWorker w, CaseKind kind) {
        if (w == null) { setKind(child, kind); return; }
        load(w, kindOf(child), -1);
        setKind(child, kind);
        load(w, kind, +1);
    }

    /** The worker lets go of the case; its kind is kept (a transferred case keeps what it is). */
    void unassign(int child, SocialWorker w) {
        int moved = w.removeAt(population.workerPosition(child));
        if (moved >= 0) population.setWorkerPosition(moved, population.workerPosition(child));
        population.setWorker(child, Population.NO_WORKER);
        load(w, kindOf(child), -1);
    }

    private void load(SocialWorker w, CaseKind kind, int sign) {
        switch (kind) {
            case ASSESSMENT, ENQUIRY -> w.assessments += sign;
            case CIN_PLAN -> w.planHoursPerWeek += sign * childInNeedPlanHours;
            case CP_PLAN -> w.planHoursPerWeek += sign * protectionPlanHours;
            case LOOKED_AFTER -> w.planHoursPerWeek += sign * lookedAfterHours;
        }
        if (w.planHoursPerWeek < 1e-9) w.planHoursPerWeek = 0;
    }

    private void setKind(int child, CaseKind kind) {
        if (child >= kinds.length) kinds = Arrays.copyOf(kinds, Math.max(child + 1, kinds.length * 2));
        kinds[child] = kind;
    }

    CaseKind kindOf(int child) { return kinds[child]; }
}
