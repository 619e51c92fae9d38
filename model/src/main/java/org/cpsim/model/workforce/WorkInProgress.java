package org.cpsim.model.workforce;

/** Work that waits for a worker with room: told when room frees, and handed back a leaver's unfinished cases. */
public interface WorkInProgress {
    /** Gives waiting work to workers with room. */
    void allocate(double now);

    /**
     * The child's worker left: the work goes back to the queue. False when there is no work in
     * progress for the child (the case passes to a colleague instead).
     */
    boolean requeue(int child, double now);
}
