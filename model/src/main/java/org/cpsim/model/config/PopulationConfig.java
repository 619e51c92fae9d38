package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;
import java.util.List;

/**
 * The synthetic population of families with children (aged 0-17) at the start of the run.
 *
 * @param children                      children aged 0-17 at the start
 * @param childrenPerFamilyShares       share of families with 1, 2, 3, ... children
 * @param startingAgeShares             share of the starting children aged 0, 1, ..., 17 (18 shares); empty:
 *                                      ages uniform over 0-17
 * @param birthsPerThousandChildrenPerYear births a year per 1,000 children; 1000/18 keeps the population level
 * @param deprivedFamilyShare           share of families living in deprivation
 * @param riskFactors                   prevalence of parental risk factors among families
 */
public record PopulationConfig(
        int children,
        List<Double> childrenPerFamilyShares,
        List<Double> startingAgeShares,
        double birthsPerThousandChildrenPerYear,
        double deprivedFamilyShare,
        RiskFactorsConfig riskFactors) implements Serializable {

    public PopulationConfig {
        positive("children", children);
        childrenPerFamilyShares = distribution("childrenPerFamilyShares", childrenPerFamilyShares);
        present("startingAgeShares", startingAgeShares);
        if (!startingAgeShares.isEmpty()) {
            if (startingAgeShares.size() != 18) {
                throw new ConfigException("startingAgeShares", "18 shares (ages 0 to 17), or none for uniform ages", startingAgeShares.size() + " shares");
            }
            startingAgeShares = distribution("startingAgeShares", startingAgeShares);
        }
        startingAgeShares = List.copyOf(startingAgeShares);
        nonNegative("birthsPerThousandChildrenPerYear", birthsPerThousandChildrenPerYear);
        probability("deprivedFamilyShare", deprivedFamilyShare);
        present("riskFactors", riskFactors);
    }

    /**
     * @param parentalMentalIllness  share of families with parental mental ill health
     * @param domesticAbuse          share of families with domestic abuse
     * @param substanceMisuse        share of families with parental substance misuse
     * @param deprivedRelativeRisk   how many times more common each factor is in deprived families
     */
    public record RiskFactorsConfig(
            double parentalMentalIllness,
            double domesticAbuse,
            double substanceMisuse,
            double deprivedRelativeRisk) implements Serializable {
        public RiskFactorsConfig {
            probability("parentalMentalIllness", parentalMentalIllness);
            probability("domesticAbuse", domesticAbuse);
            probability("substanceMisuse", substanceMisuse);
            positive("deprivedRelativeRisk", deprivedRelativeRisk);
        }
    }
}
