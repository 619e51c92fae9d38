package org.cpsim.model.service.assessment;

import java.util.Arrays;

/** Each child's open assessment case, indexed by the child's slot (no boxing on the hot path). */
final class OpenCases {
    private AssessmentCase[] byChild = new AssessmentCase[1024];

    AssessmentCase get(int child) { return child < byChild.length ? byChild[child] : null; }

    void put(int child, AssessmentCase c) {
        if (child >= byChild.length) byChild = Arrays.copyOf(byChild, Math.max(child + 1, byChild.length * 2));
        byChild[child] = c;
    }

    AssessmentCase remove(int child) {
        AssessmentCase c = get(child);
        if (c != null) byChild[child] = null;
        return c;
    }
}
