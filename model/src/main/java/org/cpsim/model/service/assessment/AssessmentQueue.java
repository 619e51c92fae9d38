package org.cpsim.model.service.assessment;

import java.util.Comparator;
import java.util.PriorityQueue;

import org.cpsim.model.config.AssessmentConfig;

/**
 * Referrals waiting for a social worker, in the order the regime in force allocates them: by
 * arrival, by deadline or by perceived risk, ties always to the earlier referral.
 */
final class AssessmentQueue {
    private PriorityQueue<AssessmentCase> queue = new PriorityQueue<>(byArrival());
    private AssessmentConfig.QueueOrder order;

    /** Takes up an order; the waiting cases are re-ordered if it changed. */
    void order(AssessmentConfig.QueueOrder next) {
        if (next == order) return;
        order = next;
        PriorityQueue<AssessmentCase> reordered = new PriorityQueue<>(Math.max(16, queue.size()), comparator(order));
        reordered.addAll(queue);
        queue = reordered;
    }

    int size() { return queue.size(); }

    boolean isEmpty() { return queue.isEmpty(); }

    AssessmentCase peek() { return queue.peek(); }

    AssessmentCase poll() { return queue.poll(); }

    void add(AssessmentCase c) { queue.add(c); }

    void remove(AssessmentCase c) { queue.remove(c); }

    private static Comparator<AssessmentCase> byArrival() { return Comparator.comparingLong(c -> c.arrival); }

    private static Comparator<AssessmentCase> comparator(AssessmentConfig.QueueOrder order) {
        return switch (order) {
            case ARRIVAL -> byArrival();
            case DEADLINE -> Comparator.<AssessmentCase>comparingDouble(c -> c.deadline).thenComparingLong(c -> c.arrival);
            case RISK -> Comparator.<AssessmentCase>comparingDouble(c -> -c.perceived).thenComparingLong(c -> c.arrival);
        };
    }
}
