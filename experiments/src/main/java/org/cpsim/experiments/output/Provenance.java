package org.cpsim.experiments.output;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.cpsim.experiments.io.ResolvedScenario;

/**
 * What every manifest says about how its results were made: the code (version, git commit), the
 * command as typed, the seed and replications, and the machine and time it ran on. Each manifest
 * writes these under the same keys, so a reader (the brief, {@code ManifestInfo}, a person) finds
 * them in every results folder alike.
 *
 * @param seed         the master seed (for a sweep or calibration, its file's)
 * @param replications replications of each scenario or point
 * @param end          when the results were complete; null until {@link #finished()}
 */
public record Provenance(String cpsimVersion, String gitCommit, List<String> commandLine, long seed, int replications, int threads,
                         Instant start, Instant end) {

    public Provenance {
        commandLine = List.copyOf(commandLine);
        Objects.requireNonNull(start, "start");
    }

    /** The code this process runs and the command that started it, from now. */
    public static Provenance begin(List<String> commandLine, long seed, int replications, int threads) {
        return new Provenance(BuildInfo.version(), BuildInfo.gitCommit(BuildInfo.projectRoot()), commandLine, seed, replications, threads,
                Instant.now(), null);
    }

    /** The same, ending now: taken when the manifest is written, after the results. */
    public Provenance finished() {
        return new Provenance(cpsimVersion, gitCommit, commandLine, seed, replications, threads, start, Instant.now());
    }

    /** A manifest's first fields: cpsimVersion, gitCommit, commandLine (ordered, so files read top-down and diff cleanly). */
    public Map<String, Object> head() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpsimVersion", cpsimVersion);
        m.put("gitCommit", gitCommit);
        m.put("commandLine", commandLine);
        return m;
    }

    /** seed and replications. */
    public void putSeed(Map<String, Object> m) {
        m.put("seed", seed);
        m.put("replications", replications);
    }

    /** threads, Java, processors, start and end time and elapsed seconds. */
    public void putMachine(Map<String, Object> m) {
        Instant until = Objects.requireNonNull(end, "the end time: finished() before the manifest is written");
        m.put("threads", threads);
        m.put("javaVersion", System.getProperty("java.version"));
        m.put("javaVendor", System.getProperty("java.vendor"));
        m.put("availableProcessors", Runtime.getRuntime().availableProcessors());
        m.put("startTime", start.toString());
        m.put("endTime", until.toString());
        m.put("elapsedSeconds", Duration.between(start, until).toMillis() / 1000.0);
    }

    /** {@code <kind>File} and {@code <kind>Sha256}: the file a sweep or calibration ran from (kind sweep, calibration). */
    public static void putFile(Map<String, Object> m, String kind, String path, String sha256) {
        m.put(kind + "File", path);
        m.put(kind + "Sha256", sha256);
    }

    /** scenarioPath, scenarioName, scenarioSha256 of the one scenario a run, sweep or calibration is about. */
    public static void putScenario(Map<String, Object> m, String path, ResolvedScenario scenario) {
        m.put("scenarioPath", path);
        m.put("scenarioName", scenario.name());
        m.put("scenarioSha256", scenario.sha256());
    }

    /** What the run cost: the peak heap seen and the model events processed. */
    public static void putCost(Map<String, Object> m, long peakHeapBytes, long eventsProcessed) {
        m.put("peakHeapBytes", peakHeapBytes);
        m.put("eventsProcessed", eventsProcessed);
    }
}
