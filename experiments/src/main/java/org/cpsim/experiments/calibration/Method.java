package org.cpsim.experiments.calibration;

/** How the parameters are estimated, with the settings the calibration file gives. */
public sealed interface Method {
    String spelling();

    /**
     * Approximate Bayesian computation by sequential Monte Carlo (population Monte Carlo, Beaumont et
     * al. 2009; Toni et al. 2009), with the tolerance of each generation the {@code quantile} of the
     * previous generation's distances.
     *
     * @param particles        particles accepted per generation
     * @param generations      generations, the first drawn from the prior
     * @param quantile         of the previous generation's distances, the next tolerance
     * @param batch            candidates evaluated together (in parallel) before checking whether enough were accepted
     * @param maxProposals     candidates a generation may try before the calibration stops at the previous one
     */
    record AbcSmc(int particles, int generations, double quantile, int batch, int maxProposals) implements Method {
        @Override public String spelling() { return "abc_smc"; }
    }

    /**
     * CMA-ES (Hansen), Apache Commons Math's {@code CMAESOptimizer}, on the unit cube.
     *
     * @param population      candidates per iteration (lambda)
     * @param iterations      at most
     * @param sigma0          initial step size, as a share of each parameter's range (unit cube)
     * @param sensitivityStep finite-difference step at the best point, as a share of each range
     */
    record Cmaes(int population, int iterations, double sigma0, double sensitivityStep) implements Method {
        @Override public String spelling() { return "cmaes"; }
    }

    /**
     * Partial pooling of every authority's local parameters (empirical Bayes, {@link PooledEstimator}):
     * Gauss-Newton steps on the log-multipliers, every authority simulated once per iteration.
     *
     * @param iterations  Gauss-Newton steps after the first evaluation (each one simulates every authority)
     * @param national    how the national level of each local parameter is set
     * @param probeStep   the log-multiplier step of the elasticity probes of iteration 0
     * @param probeEvery  every how many authorities (in the file's order) one is probed
     * @param maxStep     the largest change of any log figure one step may predict (a trust region)
     * @param minExtraSd  the smallest extra sd of an indicator's log figures (beyond their Poisson noise): the model's misfit
     * @param populationShare each authority is simulated at this share of its children (rates are per child, so only the
     *                    simulation's noise changes, and the noise model counts it), for speed
     * @param minChildren but at no fewer than this many children (or its own, if fewer), so small authorities are not all noise
     * @param centralProbes probe each parameter lowered as well as raised, and take the slope across both: for a level whose
     *                    response is far from linear (a lower bar for protection floods enquiries, a higher one barely
     *                    thins them), the raised probe alone understates the response the steps meet going down
     */
    record Pooled(int iterations, PooledEstimator.National national, double probeStep, int probeEvery, double maxStep, double minExtraSd,
                  double populationShare, int minChildren, boolean centralProbes) implements Method {
        @Override public String spelling() { return "pooled"; }
    }
}
