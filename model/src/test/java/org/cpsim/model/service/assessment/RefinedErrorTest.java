package org.cpsim.model.service.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

/**
 * A later look that refines an earlier one keeps the sd the accuracy function gives it, and is
 * correlated with the earlier error by the ratio of the smaller sd to the larger: the property that
 * stops a child getting an independent second chance to cross a threshold. Tolerances are five
 * standard errors of the estimate over N draws (a false alarm about once in 1.7 million runs).
 */
class RefinedErrorTest {
    static final int N = 400_000;

    /** Sample sd of the later error and its correlation with the earlier one. */
    private static double[] moments(double earlierSd, double laterSd) {
        MersenneTwisterFast random = new MersenneTwisterFast(20261126L);
        double sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < N; i++) {
            double earlier = earlierSd * random.nextGaussian();
            double later = Judgement.refinedError(earlier, earlierSd, laterSd, random.nextGaussian());
            sxx += earlier * earlier;
            syy += later * later;
            sxy += earlier * later;
        }
        return new double[] {Math.sqrt(syy / N), sxy / Math.sqrt(sxx * syy)};
    }

    private static void check(double earlierSd, double laterSd) {
        double[] m = moments(earlierSd, laterSd);
        double rho = Math.min(earlierSd, laterSd) / Math.max(earlierSd, laterSd);
        // se of a sample sd: sd / sqrt(2N); of a sample correlation: (1 - rho^2) / sqrt(N).
        assertEquals(laterSd, m[0], 5 * laterSd / Math.sqrt(2.0 * N), "sd of the later look");
        assertEquals(rho, m[1], 5 * Math.max(1 - rho * rho, 1e-3) / Math.sqrt(N), "correlation with the earlier look");
    }

    @Test
    void moreEvidenceShrinksTheErrorAndKeepsPartOfIt() {
        check(0.63, 0.33);   // an initial assessment's sd, then a core assessment's (baseline, experienced worker)
        check(0.38, 0.31);   // the same under the calibrated accuracy: the two looks nearly the same judgement
    }

    @Test
    void aWorsePlacedLaterLookKeepsTheEarlierErrorAndAddsNoise() {
        check(0.33, 0.50);   // a new worker takes the case over
    }

    @Test
    void equalSdsGiveTheSameJudgementAndNoEarlierLookGivesAFreshOne() {
        assertEquals(0.2, Judgement.refinedError(0.2, 0.4, 0.4, 1.7), 1e-15);
        assertEquals(0.5 * 1.7, Judgement.refinedError(0.2, 0, 0.5, 1.7), 1e-15);
    }
}
