package org.cpsim.model.service.assessment;

import java.util.Comparator;
import java.util.PriorityQueue;

import org.cpsim.model.config.AssessmentConfig;
import org.cpsim.model.family.Population;

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

    /** The first waiting case still current, dropping stale entries (left by a case that moved on); null when none. */
    AssessmentCase firstCurrent(OpenCases open, Population population) {
        while (!queue.isEmpty()) {
            AssessmentCase c = queue.peek();
            if (population.version(c.child) == c.version && open.get(c.child) == c) return c;
            queue.poll();
        }
        return null;
    }

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
