package org.cpsim.experiments.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.cpsim.experiments.output.MetricsCsv;
import org.cpsim.experiments.output.SummaryCsv;
import org.cpsim.experiments.output.TextFile;
import org.cpsim.model.metrics.RunResult;

/**
 * The files every comparison folder holds, whoever made it (cpsim compare, and replay for each
 * authority and the pool): comparison.csv, pairing.csv, and metrics.csv and summary.csv of every
 * scenario compared, baseline first. The manifest, and anything a verb adds, are the verb's.
 */
public final class ComparisonFiles {
    /** The file names, in the order a manifest lists them. */
    public static final List<String> NAMES = List.of(ComparisonCsv.FILE_NAME, PairingCsv.FILE_NAME, MetricsCsv.FILE_NAME, SummaryCsv.FILE_NAME);

    private ComparisonFiles() {}

    /**
     * @param runs each scenario's replications, in the comparison's order
     */
    public static void write(Path folder, Comparison comparison, List<PairedDifference> pairing, List<List<RunResult>> runs) throws IOException {
        TextFile.write(folder.resolve(ComparisonCsv.FILE_NAME), w -> ComparisonCsv.write(w, comparison));
        TextFile.write(folder.resolve(PairingCsv.FILE_NAME), w -> PairingCsv.write(w, pairing));
        TextFile.write(folder.resolve(MetricsCsv.FILE_NAME), w -> MetricsCsv.writeScenarios(w, runs));
        TextFile.write(folder.resolve(SummaryCsv.FILE_NAME), w -> SummaryCsv.writeScenarios(w, runs));
    }
}
