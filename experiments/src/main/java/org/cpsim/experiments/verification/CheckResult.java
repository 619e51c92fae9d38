package org.cpsim.experiments.verification;

/**
 * One verification check: what theory (or an invariant) says, what the model produced, the
 * tolerance interval around the simulated value and whether the expected value lies in it.
 * For exact checks (conservation) the interval is the single point 0: no discrepancy is tolerated.
 */
public record CheckResult(String check, double expected, double simulated, double ciLow, double ciHigh, boolean pass) {

    public CheckResult {
        if (check == null || check.isBlank()) throw new IllegalArgumentException("a check needs a name");
    }
}
