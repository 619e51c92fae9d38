package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;

/**
 * Contact screening at the front door.
 *
 * @param perceptionSd  standard deviation of the error on the perceived need score at screening
 * @param thresholds    the local threshold document applied to the perceived score
 * @param referralNoFurtherActionProbability share of accepted referrals closed with no further action before assessment
 */
public record FrontDoorConfig(double perceptionSd, Thresholds thresholds, double referralNoFurtherActionProbability) implements Serializable {
    public FrontDoorConfig {
        nonNegative("perceptionSd", perceptionSd);
        present("thresholds", thresholds);
        probability("referralNoFurtherActionProbability", referralNoFurtherActionProbability);
    }
}
