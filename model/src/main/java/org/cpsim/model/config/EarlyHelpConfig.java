package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;
import java.util.List;

/**
 * The early help offer: capacity bought by investment, a waiting list, voluntary take-up.
 *
 * @param placesPer10kChildren     concurrent early help episodes the service can hold, per 10,000 children
 * @param takeUpProbability        probability a family offered early help accepts it (it is voluntary)
 * @param meanEpisodeWeeks         mean length of an early help episode
 * @param episodeShape             shape of the gamma distribution of episode lengths (1 = exponential)
 * @param maxWaitWeeks             a family still waiting after this long drops off the list
 * @param stepDownTakeUpProbability probability a family takes up early help when its social care case closes with need remaining
 * @param stepDownBands            the decisions closing a social care case (no further action, early help) that
 *                                 offer the family early help as it closes
 */
public record EarlyHelpConfig(
        double placesPer10kChildren,
        double takeUpProbability,
        double meanEpisodeWeeks,
        double episodeShape,
        double maxWaitWeeks,
        double stepDownTakeUpProbability,
        List<Band> stepDownBands) implements Serializable {
    public EarlyHelpConfig {
        nonNegative("placesPer10kChildren", placesPer10kChildren);
        probability("takeUpProbability", takeUpProbability);
        positive("meanEpisodeWeeks", meanEpisodeWeeks);
        positive("episodeShape", episodeShape);
        positive("maxWaitWeeks", maxWaitWeeks);
        probability("stepDownTakeUpProbability", stepDownTakeUpProbability);
        present("stepDownBands", stepDownBands);
        for (int i = 0; i < stepDownBands.size(); i++) {
            Band b = stepDownBands.get(i);
            if (b == null || b.atLeast(Band.SOCIAL_CARE)) {
                throw new ConfigException("stepDownBands[" + i + "]", "a decision that closes a case: no_further_action or early_help", b);
            }
        }
        stepDownBands = List.copyOf(stepDownBands);
    }
}
