package org.cpsim.experiments.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.output.Json;
import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.output.ResolvedScenarioJson;

/**
 * What produced a comparison: the code, the command, each scenario's file and hash, the shared
 * seed, and how much pairing narrowed the headline intervals.
 */
public record ComparisonManifest(
        Provenance provenance,
        List<ResolvedScenario> scenarios,
        long peakHeapBytes,
        long eventsProcessed,
        List<PairedDifference> pairing,
        List<String> files) {

    public static final String FILE_NAME = "manifest.json";

    public ComparisonManifest {
        scenarios = List.copyOf(scenarios);
        pairing = List.copyOf(pairing);
        files = List.copyOf(files);
    }

    public void write(Path file) throws IOException {
        Json.write(file, toMap());
    }

    Map<String, Object> toMap() {
        Map<String, Object> m = provenance.head();
        m.put("baseline", scenarios.get(0).name());
        List<Map<String, Object>> list = new ArrayList<>();
        for (ResolvedScenario s : scenarios) list.add(ResolvedScenarioJson.of(s));
        m.put("scenarios", list);
        provenance.putSeed(m);
        m.put("pairing", "replication r of every scenario runs with the same seed and random streams (common random numbers); "
                + "differences are variant - baseline per replication, with a Student-t 95% interval");
        provenance.putMachine(m);
        Provenance.putCost(m, peakHeapBytes, eventsProcessed);
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
