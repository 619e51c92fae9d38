package org.cpsim.model.service.assessment;

/** A referred child's open assessment process: who, since when, what is left to do. Mutable, owned by the service. */
final class AssessmentCase {
    final int child;
    final long arrival;          // order of referral, the tie-breaker in every queue
    final double referralTime;
    final double perceived;      // need as perceived at the front door: the risk order
    boolean single;              // assessed with a single assessment (else the prescribed initial and core forms)
    Stage stage;
    double stageStart;
    double deadline;             // calendar time; +infinity when the stage has none
    double directNeeded;         // hours of direct work the stage still needs
    double recordingNeeded;      // hours of recording the stage still needs
    double directDone;           // direct hours so far, over all stages
    double judgementError = Double.NaN; // the last stage's error in judging need (NaN before the first)
    double judgementSd;          // its sd
    double plannedDirect;        // direct hours the scheduled completion will have delivered
    double plannedEnd = Double.NaN;
    double stageStartTime;       // when the current allocation started work
    int version;
    boolean allocated;
    boolean everAllocated;
    boolean helpStarted;

    AssessmentCase(int child, long arrival, double referralTime, double perceived) {
        this.child = child;
        this.arrival = arrival;
        this.referralTime = referralTime;
        this.perceived = perceived;
    }

    /**
     * The worker left with a share {@code done} of the stage's planned work done, of which a share
     * {@code repeat} must be done again by whoever takes the case on.
     */
    void handBack(double done, double repeat) {
        directDone += done * plannedDirect * (1 - repeat);
        double keep = (1 - done) + done * repeat;
        directNeeded *= keep;
        recordingNeeded *= keep;
        allocated = false;
    }
}
