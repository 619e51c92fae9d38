package org.cpsim.experiments.verification;

import java.util.List;

/**
 * What a verification run found: one row per check and notes for the reader (how tolerances were
 * set, which checks were skipped and why).
 */
public record VerificationReport(List<CheckResult> checks, List<String> notes) {

    public VerificationReport {
        checks = List.copyOf(checks);
        notes = List.copyOf(notes);
    }

    /** True only if there was something to check and every check passed. */
    public boolean allPassed() {
        return !checks.isEmpty() && checks.stream().allMatch(CheckResult::pass);
    }
}
