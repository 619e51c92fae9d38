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
 * @param entryAtReviewThreshold         the need a review must judge for the child to enter care (need-score units): the
 *                                       bar for care proceedings (Children Act 1989 s31), which no change of the plan's
 *                                       bar moves; at or below the child protection cut point every child judged still
 *                                       at significant harm may enter care, as before it existed
 * @param accommodationAtReviewProbability probability a child whose child in need plan review still finds social care
 *                                       need is accommodated (Children Act 1989 s20, with the parents' agreement): care
 *                                       without a protection plan; 0, every entry to care comes through child protection
 */
public record CareConfig(
        double entryAtReviewProbability,
        double emergencyEntryProbability,
        double meanYearsInCare,
        double timeInCareShape,
        double hoursPerWeek,
        double fosterShare,
        double entryAtReviewThreshold,
        double accommodationAtReviewProbability) implements Serializable {
    public CareConfig {
        probability("entryAtReviewProbability", entryAtReviewProbability);
        probability("emergencyEntryProbability", emergencyEntryProbability);
        positive("meanYearsInCare", meanYearsInCare);
        positive("timeInCareShape", timeInCareShape);
        nonNegative("hoursPerWeek", hoursPerWeek);
        probability("fosterShare", fosterShare);
        if (!Double.isFinite(entryAtReviewThreshold)) throw new ConfigException("entryAtReviewThreshold", "a finite need score", entryAtReviewThreshold);
        probability("accommodationAtReviewProbability", accommodationAtReviewProbability);
    }

    /** The same care with other entry probabilities (an authority's own level). */
    public CareConfig withEntryProbabilities(double atReview, double emergency) {
        return new CareConfig(atReview, emergency, meanYearsInCare, timeInCareShape, hoursPerWeek, fosterShare, entryAtReviewThreshold,
                accommodationAtReviewProbability);
    }
}
