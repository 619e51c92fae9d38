package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;

/**
 * The agencies that see children and may raise a concern with the front door.
 *
 * @param concernRateMultiplier   scales every agency's contact rate (e.g. 1.3 for a 30% rise in concerns)
 * @param socialWorkAdviceAvailability share of agency concerns for which a social worker's advice is at hand
 *                                 (Munro recommendation 10); advised concerns below the assessment threshold go
 *                                 to early help instead of the front door
 * @param advicePerceptionSd      error sd of the advising social worker's perception of need
 * @param adviceThresholds        the thresholds the advising social worker applies to the perceived need
 * @param agencies                one entry per source of contacts
 * @param concernTrend            how agencies' concern rates move between years, beyond policy changes
 */
public record AgenciesConfig(double concernRateMultiplier, double socialWorkAdviceAvailability, double advicePerceptionSd,
                             Thresholds adviceThresholds, List<AgencyConfig> agencies, ConcernTrend concernTrend) implements Serializable {

    public AgenciesConfig {
        nonNegative("concernRateMultiplier", concernRateMultiplier);
        probability("socialWorkAdviceAvailability", socialWorkAdviceAvailability);
        nonNegative("advicePerceptionSd", advicePerceptionSd);
        present("adviceThresholds", adviceThresholds);
        present("agencies", agencies);
        if (agencies.isEmpty()) throw new ConfigException("agencies", "at least one agency", "an empty list");
        var names = new HashSet<String>();
        for (int i = 0; i < agencies.size(); i++) {
            AgencyConfig a = agencies.get(i);
            if (a == null) throw new ConfigException("agencies[" + i + "]", "an agency", "nothing");
            if (!names.add(a.name())) throw new ConfigException("agencies[" + i + "].name", "a unique agency name", a.name());
        }
        agencies = List.copyOf(agencies);
        present("concernTrend", concernTrend);
    }

    /**
     * A driver of change between years: every agency's concern rate grows by {@code perYear} a year
     * (compounded) from {@code from}, and from {@code driftFrom} (where the evidence for the trend ends)
     * it also takes a random walk: each year from that date its logarithm moves by a Gaussian step of
     * sd {@code driftSdPerYear}, drawn per replication, so the years after the evidence carry the
     * uncertainty of whether the trend goes on. No trend and no drift (0, 0) leaves the rates as set.
     */
    public record ConcernTrend(LocalDate from, double perYear, LocalDate driftFrom, double driftSdPerYear) implements Serializable {
        public ConcernTrend {
            present("from", from);
            if (!(perYear > -1 && perYear < 1)) throw new ConfigException("perYear", "a yearly change between -1 and 1", perYear);
            present("driftFrom", driftFrom);
            nonNegative("driftSdPerYear", driftSdPerYear);
        }

        /** Whether the rates move at all between policy changes. */
        public boolean moves() { return perYear != 0 || driftSdPerYear > 0; }
    }

    /** The same agencies with another concern rate multiplier (an authority's own level). */
    public AgenciesConfig withConcernRateMultiplier(double multiplier) {
        return new AgenciesConfig(multiplier, socialWorkAdviceAvailability, advicePerceptionSd, adviceThresholds, agencies, concernTrend);
    }

    /**
     * @param name                 e.g. police, schools, health
     * @param contactsPerChildPerYear how often the agency is in contact with a child
     * @param noticeProbability    probability that one contact raises a concern, by the child's true need level;
     *                             the value at level none is over-referral (a false positive)
     */
    public record AgencyConfig(String name, double contactsPerChildPerYear, ByLevel noticeProbability) implements Serializable {
        public AgencyConfig {
            present("name", name);
            nonNegative("contactsPerChildPerYear", contactsPerChildPerYear);
            present("noticeProbability", noticeProbability);
            noticeProbability.requireProbabilities("noticeProbability");
        }
    }

    /** One value for each need level. */
    public record ByLevel(double none, double emerging, double complex, double significantHarm) implements Serializable {
        public double at(int level) {
            return switch (level) {
                case 0 -> none;
                case 1 -> emerging;
                case 2 -> complex;
                case 3 -> significantHarm;
                default -> throw new IllegalArgumentException("need level " + level);
            };
        }

        void requireProbabilities(String field) {
            probability(field + ".none", none);
            probability(field + ".emerging", emerging);
            probability(field + ".complex", complex);
            probability(field + ".significantHarm", significantHarm);
        }
    }
}
