package org.cpsim.model.config;

import static org.cpsim.model.config.Checks.*;

import java.io.Serializable;

/**
 * Entry to and exit from care (looked-after children).
 *
 * @param entryAtReviewProbability       probability a child judged still at significant harm at a protection review enters care
 * @param emergencyEntryProbability      probability a child found at significant harm by a section 47 enquiry enters care at once
 * @param meanYearsInCare                mean length of a care episode (exits home, stepped down to a child in need plan)
 * @param timeInCareShape                shape of the gamma distribution of care episode lengths (1 = exponential)
 * @param hoursPerWeek                   worker time a looked-after child takes each week
 * @param fosterShare                    share of looked-after children in foster care (the rest residential)
 */
public record CareConfig(
        double entryAtReviewProbability,
        double emergencyEntryProbability,
        double meanYearsInCare,
        double timeInCareShape,
        double hoursPerWeek,
        double fosterShare) implements Serializable {
    public CareConfig {
        probability("entryAtReviewProbability", entryAtReviewProbability);
        probability("emergencyEntryProbability", emergencyEntryProbability);
        positive("meanYearsInCare", meanYearsInCare);
        positive("timeInCareShape", timeInCareShape);
        nonNegative("hoursPerWeek", hoursPerWeek);
        probability("fosterShare", fosterShare);
    }
}
