package org.cpsim.experiments.compare;

import org.cpsim.experiments.output.RunEnvironment;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.output.ResolvedScenarioJson;

/**
 * What produced a comparison: the code, the command, each scenario's file and hash, the shared
 * seed, and how much pairing narrowed the headline intervals.
 */
public record ComparisonManifest(
        String cpsimVersion,
        String gitCommit,
        List<String> commandLine,
        List<ResolvedScenario> scenarios,
        long seed,
        int replications,
        int threads,
        Instant start,
        Instant end,
        long peakHeapBytes,
        long eventsProcessed,
        List<PairedDifference> pairing,
        List<String> files) {

    public static final String FILE_NAME = "manifest.json";

    public ComparisonManifest {
        commandLine = List.copyOf(commandLine);
        scenarios = List.copyOf(scenarios);
        pairing = List.copyOf(pairing);
        files = List.copyOf(files);
    }

    public void write(Path file) throws IOException {
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toMap());
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpsimVersion", cpsimVersion);
        m.put("gitCommit", gitCommit);
        m.put("commandLine", commandLine);
        m.put("baseline", scenarios.get(0).name());
        List<Map<String, Object>> list = new ArrayList<>();
        for (ResolvedScenario s : scenarios) list.add(ResolvedScenarioJson.of(s));
        m.put("scenarios", list);
        m.put("seed", seed);
        m.put("replications", replications);
        m.put("pairing", "replication r of every scenario runs with the same seed and random streams (common random numbers); "
                + "differences are variant - baseline per replication, with a Student-t 95% interval");
        RunEnvironment.put(m, threads, start, end, peakHeapBytes, eventsProcessed);
        List<Map<String, Object>> widths = new ArrayList<>();
        for (PairedDifference d : pairing) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("indicator", d.indicator().id());
            e.put("period", d.period());
            e.put("variant", d.variant());
            e.put("pairedHalfWidth", finite(d.pairedHalfWidth()));
            e.put("unpairedHalfWidth", finite(d.unpairedHalfWidth()));
            e.put("narrowing", finite(d.narrowing()));
            widths.add(e);
        }
        m.put("pairingGain", widths);
        m.put("files", files);
        return m;
    }

    /** JSON has no NaN: a width that cannot be computed is null. */
    private static Double finite(double v) { return Double.isFinite(v) ? v : null; }
}
