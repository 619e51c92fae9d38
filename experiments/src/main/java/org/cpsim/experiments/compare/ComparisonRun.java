package org.cpsim.experiments.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.output.MetricsCsv;
import org.cpsim.experiments.output.OutputFolder;
import org.cpsim.experiments.output.PeakHeap;
import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.output.SummaryCsv;
import org.cpsim.experiments.output.TextFile;
import org.cpsim.experiments.report.DefaultCharts;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.experiments.sweep.SweepProgress;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.RunResult;

/**
 * One paired comparison, run and written: every scenario's replications with the same seed (common
 * random numbers), then the comparison files, cost_effectiveness.csv and manifest.json into a folder
 * that appears whole or not at all, then its charts. {@code cpsim compare} and {@code cpsim explore}
 * both run comparisons through this, so the same inputs give the same files.
 *
 * @param scenarios    checked already: distinct names, the same reporting periods; the first is the baseline
 * @param commandLine  what to record as the command that asked for it
 * @param year         the statistical year of pairing.csv, the manifest's headline and the difference chart
 */
public record ComparisonRun(List<ResolvedScenario> scenarios, long seed, int replications, int threads, List<String> commandLine, String year) {

    /** The differences in pairing.csv, the manifest and on the terminal: what a reader of a policy brief asks first. */
    public static final List<Indicator> HEADLINE = List.of(Indicator.REFERRAL_RATE_PER_10K, Indicator.RE_REFERRALS_WITHIN_12M_PCT,
            Indicator.SINGLE_ASSESSMENT_MEDIAN_WD, Indicator.ASSESSMENT_ACCURACY_PCT, Indicator.NEED_TO_HELP_DAYS_MEDIAN,
            Indicator.HARM_DAYS_PER_10K, Indicator.CP_PLAN_RATE_PER_10K, Indicator.SW_CASELOAD_MEAN, Indicator.SW_TURNOVER_RATE_FTE_PCT,
            Indicator.COST_TOTAL_GBP);

    public ComparisonRun {
        scenarios = List.copyOf(scenarios);
        commandLine = List.copyOf(commandLine);
        java.util.Objects.requireNonNull(year, "year");
        if (scenarios.size() < 2) throw new IllegalArgumentException("a comparison needs a baseline and at least one variant");
        if (replications < 2) throw new IllegalArgumentException("replications must be at least 2 for an interval, got " + replications);
    }

    /** Runs every replication, writes the folder {@code target} and its charts, and returns the comparison. */
    public Comparison writeTo(Path target, ReplicationExecutor executor, SweepProgress progress) throws IOException {
        Provenance provenance = Provenance.begin(commandLine, seed, replications, threads);
        Comparison comparison;
        try (OutputFolder folder = OutputFolder.begin(target); PeakHeap heap = new PeakHeap()) {
            int total = scenarios.size() * replications;
            progress.started(0, total);
            List<List<RunResult>> results = new ArrayList<>();
            for (ResolvedScenario s : scenarios) {
                int before = results.size() * replications;
                List<RunResult> runs = executor.run(s.scenario(), seed, replications, threads, n -> {
                    progress.done(before + n);
                    heap.sample();
                });
                if (runs.size() != replications) throw new IllegalStateException("asked for " + replications + " replications, got " + runs.size());
                results.add(runs);
            }
            comparison = Comparison.of(results);
            List<PairedDifference> pairing = comparison.headline(HEADLINE, year).values().stream().flatMap(List::stream).toList();
            Path staging = folder.staging();
            ComparisonFiles.write(staging, comparison, pairing, results);
            TextFile.write(staging.resolve(CostEffectiveness.FILE_NAME), w -> CostEffectiveness.write(w, CostEffectiveness.of(results, seed)));
            long events = results.stream().flatMap(List::stream).mapToLong(RunResult::events).sum();
            heap.sample();
            new ComparisonManifest(provenance.finished(), scenarios, heap.bytes(), events, pairing,
                    List.of(ComparisonCsv.FILE_NAME, PairingCsv.FILE_NAME, CostEffectiveness.FILE_NAME, MetricsCsv.FILE_NAME, SummaryCsv.FILE_NAME, ComparisonManifest.FILE_NAME))
                    .write(staging.resolve(ComparisonManifest.FILE_NAME));
            folder.commit();
        }
        // Into <folder>/charts, once the results themselves are safely in place; the difference chart for the year shown.
        DefaultCharts.writeFor(target, target.resolve(DefaultCharts.FOLDER), new DefaultCharts.Options(List.of(), List.of(), year));
        return comparison;
    }
}
