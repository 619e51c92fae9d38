package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;

/**
 * Unit costs, all in pounds at the price year named.
 *
 * @param priceYear                  the price base, e.g. 2013-14
 * @param socialWorkerPerHour        salaried social worker cost per hour, with on-costs and overheads
 * @param agencyPremiumShare         agency worker cost above a salaried worker's, as a share
 * @param earlyHelpPerPlaceWeek      cost of one early help place for one week
 * @param conferencePerChild         cost of a child protection conference per child (other agencies' time)
 * @param fosterPerChildWeek         foster care, per child per week
 * @param residentialPerChildWeek    residential (children's home) care, per child per week
 */
public record CostsConfig(
        String priceYear,
        double socialWorkerPerHour,
        double agencyPremiumShare,
        double earlyHelpPerPlaceWeek,
        double conferencePerChild,
        double fosterPerChildWeek,
        double residentialPerChildWeek) implements Serializable {
    public CostsConfig {
        present("priceYear", priceYear);
        nonNegative("socialWorkerPerHour", socialWorkerPerHour);
        nonNegative("agencyPremiumShare", agencyPremiumShare);
        nonNegative("earlyHelpPerPlaceWeek", earlyHelpPerPlaceWeek);
        nonNegative("conferencePerChild", conferencePerChild);
        nonNegative("fosterPerChildWeek", fosterPerChildWeek);
        nonNegative("residentialPerChildWeek", residentialPerChildWeek);
    }
}
