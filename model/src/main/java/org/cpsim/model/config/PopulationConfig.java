package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;
import java.util.List;

/**
 * The synthetic population of families with children (aged 0-17) at the start of the run.
 *
 * @param children                      children aged 0-17 at the start
 * @param childrenPerFamilyShares       share of families with 1, 2, 3, ... children
 * @param birthsPerThousandChildrenPerYear births a year per 1,000 children; 1000/18 keeps the population level
 * @param deprivedFamilyShare           share of families living in deprivation
 * @param riskFactors                   prevalence of parental risk factors among families
 */
public record PopulationConfig(
        int children,
        List<Double> childrenPerFamilyShares,
        double birthsPerThousandChildrenPerYear,
        double deprivedFamilyShare,
        RiskFactorsConfig riskFactors) implements Serializable {

    public PopulationConfig {
        positive("children", children);
        childrenPerFamilyShares = distribution("childrenPerFamilyShares", childrenPerFamilyShares);
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
