package org.cpsim.model.service.assessment;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.AssessmentConfig;

/**
 * The error of each stage's judgement of need. FRESH: a new, independent error at every stage.
 * REFINE: a later stage refines the judgement before it with the evidence it adds.
 */
final class Judgement {
    private Judgement() {}

    /**
     * The error of this stage's judgement, with sd {@code sd} either way. One Gaussian draw per look
     * under both choices, so the random stream stays in step between scenarios that differ only in it.
     */
    static double error(AssessmentCase c, double sd, AssessmentConfig.LaterLooks laterLooks, MersenneTwisterFast random) {
        double z = random.nextGaussian();
        double error = laterLooks == AssessmentConfig.LaterLooks.REFINE && !Double.isNaN(c.judgementError)
                ? refinedError(c.judgementError, c.judgementSd, sd, z)
                : sd * z;
        c.judgementError = error;
        c.judgementSd = sd;
        return error;
    }

    /**
     * A later look that refines an earlier one (error {@code earlier}, sd {@code earlierSd}) to sd
     * {@code sd}, given a standard normal {@code z}. With more evidence (sd below earlierSd) this is
     * what accumulating independent evidence gives: the earlier error shrunk by (sd / earlierSd)^2
     * plus an independent part, so the two errors correlate by sd / earlierSd. A worse-placed later
     * look (a newer worker took the case) keeps the earlier error and adds noise. Either way the
     * error's sd is {@code sd}.
     */
    static double refinedError(double earlier, double earlierSd, double sd, double z) {
        if (earlierSd <= 0) return sd * z;
        if (sd <= earlierSd) {
            double shrink = (sd * sd) / (earlierSd * earlierSd);
            return shrink * earlier + sd * Math.sqrt(1 - shrink) * z;
        }
        return earlier + Math.sqrt(sd * sd - earlierSd * earlierSd) * z;
    }
}
