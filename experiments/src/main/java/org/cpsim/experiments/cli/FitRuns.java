package org.cpsim.experiments.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.PosteriorFile;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.output.PeakHeap;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.RunResult;

/**
 * The replications of a fit, national or by authority: the scenario as resolved, or with
 * {@code --posterior} one scenario per replication carrying a particle drawn by weight from the seed.
 * Every draw is loaded (and so validated) before anything runs: a path the scenario lacks stops there.
 */
final class FitRuns {
    private final PosteriorFile sample;
    private final int[] particles;
    private final List<Scenario> draws;

    private FitRuns(PosteriorFile sample, int[] particles, List<Scenario> draws) {
        this.sample = sample;
        this.particles = particles;
        this.draws = draws;
    }

    static FitRuns prepare(Path posterior, long seed, int replications, Path file, List<Assignment> assignments) throws IOException {
        if (posterior == null) return new FitRuns(null, null, null);
        PosteriorFile sample = PosteriorFile.read(posterior);
        int[] particles = sample.draw(seed, replications);
        List<Scenario> draws = new ArrayList<>(replications);
        for (int r = 0; r < replications; r++) {
            List<Assignment> withDraw = new ArrayList<>(assignments);
            withDraw.addAll(sample.assignments(particles[r]));
            draws.add(ScenarioLoader.load(file, withDraw).scenario());
        }
        return new FitRuns(sample, particles, draws);
    }

    /** Records the posterior sample and the particle each replication drew, when there was one. */
    void recordIn(java.util.Map<String, Object> manifest) {
        if (sample != null) manifest.put("posterior", org.cpsim.experiments.calibration.FitManifest.posterior(sample, particles));
    }

    List<RunResult> run(ReplicationExecutor executor, Scenario scenario, long seed, int replications, int threads,
                        ConsoleProgress progress, PeakHeap heap) throws Exception {
        progress.started(0, replications);
        List<RunResult> results = draws == null
                ? executor.run(scenario, seed, replications, threads, n -> {
                    progress.done(n);
                    heap.sample();
                })
                : executor.runEach(draws, seed, threads, n -> {
                    progress.done(n);
                    heap.sample();
                });
        if (results.size() != replications) throw new IllegalStateException("asked for " + replications + " replications, got " + results.size());
        return results;
    }
}
