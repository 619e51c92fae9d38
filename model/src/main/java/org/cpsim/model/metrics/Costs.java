package org.cpsim.model.metrics;

import org.cpsim.model.config.CareConfig;
import org.cpsim.model.config.CostsConfig;

/**
 * What a month cost: social work (salaried rate for every contracted hour, and the agency premium),
 * early help places funded, and care placements. Conferences are costed as they are held.
 */
public final class Costs {
    private Costs() {}

    public static void month(Recorder recorder, CostsConfig costs, CareConfig care, WorkforceSnapshot workforce,
                             int earlyHelpPlaces, int lookedAfter, double days) {
        double careWeekly = care.fosterShare() * costs.fosterPerChildWeek()
                + (1 - care.fosterShare()) * costs.residentialPerChildWeek();
        recorder.costs(workforce.contractedHours() * costs.socialWorkerPerHour(),
                workforce.agencyHours() * costs.socialWorkerPerHour() * costs.agencyPremiumShare(),
                earlyHelpPlaces * days / 7 * costs.earlyHelpPerPlaceWeek(),
                lookedAfter * days / 7 * careWeekly);
    }
}
