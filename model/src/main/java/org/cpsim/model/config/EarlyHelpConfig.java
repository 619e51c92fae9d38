package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;

/**
 * The early help offer: capacity bought by investment, a waiting list, voluntary take-up.
 *
 * @param placesPer10kChildren     concurrent early help episodes the service can hold, per 10,000 children
 * @param takeUpProbability        probability a family offered early help accepts it (it is voluntary)
 * @param meanEpisodeWeeks         mean length of an early help episode
 * @param maxWaitWeeks             a family still waiting after this long drops off the list
 * @param stepDownTakeUpProbability probability a family takes up early help when its social care case closes with need remaining
 */
public record EarlyHelpConfig(
        double placesPer10kChildren,
        double takeUpProbability,
        double meanEpisodeWeeks,
        double maxWaitWeeks,
        double stepDownTakeUpProbability) implements Serializable {
    public EarlyHelpConfig {
        nonNegative("placesPer10kChildren", placesPer10kChildren);
        probability("takeUpProbability", takeUpProbability);
        positive("meanEpisodeWeeks", meanEpisodeWeeks);
        positive("maxWaitWeeks", maxWaitWeeks);
        probability("stepDownTakeUpProbability", stepDownTakeUpProbability);
    }
}
