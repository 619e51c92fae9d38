package org.cpsim.experiments.output;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.io.ResolvedPolicyChange;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ResolvedValue;

/**
 * Everything needed to say what produced a run's results and to reproduce them: the code (version,
 * commit), the command, the scenario with every value's source and its hash, the seed and the machine.
 */
public record Manifest(
        String cpsimVersion,
        String gitCommit,
        List<String> commandLine,
        ResolvedScenario scenario,
        long seed,
        int replications,
        int threads,
        Instant start,
        Instant end,
        long peakHeapBytes,
        long eventsProcessed) {

    public static final String FILE_NAME = "manifest.json";

    public Manifest {
        commandLine = List.copyOf(commandLine);
    }

    public void write(Path file) throws IOException {
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), toMap());
    }

    /** The manifest as ordered JSON fields, so the file reads top-down and diffs cleanly. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpsimVersion", cpsimVersion);
        m.put("gitCommit", gitCommit);
        m.put("commandLine", commandLine);
        m.put("scenarioPath", scenario.file().toString());
        m.put("scenarioName", scenario.name());
        m.put("scenarioSha256", scenario.sha256());
        m.put("seed", seed);
        m.put("replications", replications);
        RunEnvironment.put(m, threads, start, end, peakHeapBytes, eventsProcessed);
        m.put("files", List.of(MetricsCsv.FILE_NAME, SummaryCsv.FILE_NAME, FILE_NAME));
        m.put("resolvedScenario", ResolvedScenarioJson.values(scenario.values()));
        m.put("timeline", ResolvedScenarioJson.timeline(scenario));
        return m;
    }

}
