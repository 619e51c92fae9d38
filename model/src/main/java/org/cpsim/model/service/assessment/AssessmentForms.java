package org.cpsim.model.service.assessment;

import ec.util.MersenneTwisterFast;
import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.config.Band;

/**
 * Which forms a referral is assessed on, and what follows each stage. The regime in force decides for
 * new referrals, except that during a transition a share of them take the single assessment while the
 * prescribed timescales still apply (2013-14, when authorities changed forms during the year). A case
 * keeps the forms it started on, as configured now, whatever changes while it runs.
 */
final class AssessmentForms {
    private AssessmentRegime inForce;
    private AssessmentRegime prescribed;
    private AssessmentRegime single;
    private double singleShare;
    private double coreShare;

    void configure(AssessmentConfig config) {
        single = new LocalFrameworkAssessment(config.localFramework());
        prescribed = new PrescribedAssessment(config.prescribed());
        boolean timescales = config.regime() == AssessmentConfig.Regime.PRESCRIBED;
        inForce = timescales ? prescribed : single;
        singleShare = timescales ? config.prescribed().singleAssessmentShare() : 0;
        coreShare = config.prescribed().coreAssessmentShare();
    }

    AssessmentConfig.QueueOrder queueOrder() { return inForce.queueOrder(); }

    /**
     * Whether a new referral takes the single assessment. The draw is made only during a transition,
     * so that runs without one keep their random streams as they were.
     */
    boolean takesSingleAssessment(MersenneTwisterFast random) {
        return inForce == single || singleShare > 0 && random.nextDouble() < singleShare;
    }

    AssessmentRegime of(AssessmentCase c) { return c.single ? single : prescribed; }

    /**
     * The stage after a completed one, or null when the process ends (significant harm found at any stage
     * goes straight to a strategy discussion). Not every child found in need at
     * an initial assessment had a core assessment (Working Together 2010 5.40: some had services on the
     * initial assessment); drawn only when some do not, so that runs where all do keep their streams.
     */
    Stage next(AssessmentCase c, Band band, MersenneTwisterFast random) {
        Stage next = band == Band.CHILD_PROTECTION ? null : of(c).next(c.stage, band);
        if (next == Stage.CORE && coreShare < 1 && random.nextDouble() >= coreShare) return null;
        return next;
    }
}
