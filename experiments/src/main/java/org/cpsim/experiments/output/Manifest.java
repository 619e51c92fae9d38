package org.cpsim.experiments.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;


import org.cpsim.experiments.io.ResolvedScenario;

/**
 * Everything needed to say what produced a run's results and to reproduce them: the code (version,
 * commit), the command, the scenario with every value's source and its hash, the seed and the machine.
 */
public record Manifest(Provenance provenance, ResolvedScenario scenario, long peakHeapBytes, long eventsProcessed) {

    public static final String FILE_NAME = "manifest.json";

    public void write(Path file) throws IOException {
        Json.write(file, toMap());
    }

    /** The manifest as ordered JSON fields, so the file reads top-down and diffs cleanly. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = provenance.head();
        Provenance.putScenario(m, scenario.file().toString(), scenario);
        provenance.putSeed(m);
        provenance.putMachine(m);
        Provenance.putCost(m, peakHeapBytes, eventsProcessed);
        m.put("files", List.of(MetricsCsv.FILE_NAME, SummaryCsv.FILE_NAME, FILE_NAME));
        m.put("resolvedScenario", ResolvedScenarioJson.values(scenario.values()));
        m.put("timeline", ResolvedScenarioJson.timeline(scenario));
        return m;
    }

}
