package org.cpsim.model.family;

import java.util.Arrays;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.NeedConfig;
import org.cpsim.model.config.PopulationConfig;
import org.cpsim.model.random.Draws;

/**
 * Builds the starting population: families sized from the configured distribution, family risk
 * factors (more common in deprived families), children's ages (uniform over 0-17 unless the scenario gives
 * shares by year of age) and their initial need.
 * Children are numbered in order of birth, so the oldest turn 18 first.
 */
public final class PopulationBuilder {
    /** 18 years in days: a child leaves on the 18th birthday. */
    public static final double DAYS_TO_ADULTHOOD = 18 * 365.25;

    private PopulationBuilder() {}

    /** Risk bits for a new family: bit 0 mental ill health, 1 domestic abuse, 2 substance misuse, 3 deprivation. */
    public static int drawRisk(PopulationConfig config, MersenneTwisterFast random) {
        boolean deprived = random.nextDouble() < config.deprivedFamilyShare();
        PopulationConfig.RiskFactorsConfig r = config.riskFactors();
        // Prevalence p overall, relative risk rr in deprived families: p_dep / p_not = rr, share-weighted mean = p.
        double norm = config.deprivedFamilyShare() * r.deprivedRelativeRisk() + (1 - config.deprivedFamilyShare());
        double scale = (deprived ? r.deprivedRelativeRisk() : 1) / norm;
        int bits = deprived ? 8 : 0;
        if (random.nextDouble() < Math.min(1, r.parentalMentalIllness() * scale)) bits |= 1;
        if (random.nextDouble() < Math.min(1, r.domesticAbuse() * scale)) bits |= 2;
        if (random.nextDouble() < Math.min(1, r.substanceMisuse() * scale)) bits |= 4;
        return bits;
    }

    /**
     * @param startDay the day the population is built on (the simulation origin, 0)
     * @return the population; children 0..n-1 in ascending order of birth day
     */
    public static Population build(PopulationConfig config, NeedConfig need, MersenneTwisterFast random, int startDay) {
        int children = config.children();
        double[] familyShares = config.childrenPerFamilyShares().stream().mapToDouble(Double::doubleValue).toArray();
        double meanSize = 0;
        for (int k = 0; k < familyShares.length; k++) meanSize += (k + 1) * familyShares[k];
        Population population = new Population(children + children / 8, (int) (children / meanSize) + 16);

        // One entry per child: the family it belongs to, shuffled so ages are independent of family.
        int[] familyOfSlot = new int[children];
        int filled = 0;
        while (filled < children) {
            int size = Math.min(children - filled, Draws.categorical(random, familyShares) + 1);
            int family = population.addFamily(drawRisk(config, random));
            for (int i = 0; i < size; i++) familyOfSlot[filled++] = family;
        }
        for (int i = children - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = familyOfSlot[i];
            familyOfSlot[i] = familyOfSlot[j];
            familyOfSlot[j] = t;
        }
        int[] birthDays = new int[children];
        double[] ageShares = config.startingAgeShares().stream().mapToDouble(Double::doubleValue).toArray();
        for (int i = 0; i < children; i++) {
            // Uniform ages (no shares given) are one draw, as they always were; else a year of age, then a day in it.
            birthDays[i] = ageShares.length == 0
                    ? startDay - (int) (random.nextDouble() * DAYS_TO_ADULTHOOD)
                    : startDay - (int) ((Draws.categorical(random, ageShares) + random.nextDouble()) * 365.25);
        }
        Arrays.sort(birthDays);
        double[] levelShares = {1 - need.initialShares().emerging() - need.initialShares().complex() - need.initialShares().significantHarm(),
                need.initialShares().emerging(), need.initialShares().complex(), need.initialShares().significantHarm()};
        for (int i = 0; i < children; i++) {
            population.addChild(familyOfSlot[i], birthDays[i], Draws.categorical(random, levelShares));
        }
        return population;
    }
}
