package org.cpsim.experiments.verification;

/**
 * Exact steady-state results for the M/M/c queue (Poisson arrivals, exponential service, c servers,
 * first come first served), the yardstick the degenerate model configuration is checked against.
 * Time is in whatever unit {@code arrivalRate} and {@code serviceRate} share (days in cpsim).
 *
 * @param arrivalRate lambda, arrivals per unit time
 * @param serviceRate mu, completions per unit time by one busy server
 * @param servers     c
 */
public record ErlangC(double arrivalRate, double serviceRate, int servers) {

    public ErlangC {
        if (!(arrivalRate > 0) || Double.isInfinite(arrivalRate)) throw new IllegalArgumentException("arrival rate must be > 0, got " + arrivalRate);
        if (!(serviceRate > 0) || Double.isInfinite(serviceRate)) throw new IllegalArgumentException("service rate must be > 0, got " + serviceRate);
        if (servers < 1) throw new IllegalArgumentException("servers must be >= 1, got " + servers);
        // No steady state at or above full utilisation: the queue grows without bound.
        if (arrivalRate >= servers * serviceRate) {
            throw new IllegalArgumentException("utilisation must be < 1, got " + arrivalRate / (servers * serviceRate));
        }
    }

    /** a = lambda / mu, the mean number of busy servers (in erlangs). */
    public double offeredLoad() { return arrivalRate / serviceRate; }

    /** rho = a / c, the long-run share of time a server is busy. */
    public double utilisation() { return offeredLoad() / servers; }

    /**
     * Erlang B, the blocking probability of M/M/c/c, by the recursion B(k) = a B(k-1) / (k + a B(k-1)),
     * B(0) = 1. Every term stays in [0, 1], so unlike the textbook sum of a^k / k! it neither overflows
     * nor loses precision for hundreds of servers.
     */
    public double erlangB() {
        double a = offeredLoad();
        double b = 1;
        for (int k = 1; k <= servers; k++) b = a * b / (k + a * b);
        return b;
    }

    /** C(c, a): probability an arrival has to wait, from Erlang B as C = B / (1 - rho (1 - B)). */
    public double probabilityOfWaiting() {
        double b = erlangB();
        return b / (1 - utilisation() * (1 - b));
    }

    /** Wq = C / (c mu - lambda): mean time waiting for a server. */
    public double meanWait() { return probabilityOfWaiting() / (servers * serviceRate - arrivalRate); }

    /** Lq = lambda Wq: mean number waiting (Little's law on the queue). */
    public double meanNumberWaiting() { return arrivalRate * meanWait(); }

    /** L = Lq + a: mean number waiting or in service. */
    public double meanNumberInSystem() { return meanNumberWaiting() + offeredLoad(); }

    /** W = Wq + 1/mu: mean time from arrival to completion. */
    public double meanTimeInSystem() { return meanWait() + 1 / serviceRate; }
}
