package org.cpsim.experiments.sweep;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.output.Json;

/**
 * What makes two sweeps the same sweep, so that a resumed one only ever adds runs of the sweep it
 * started: the sweep file, the resolved base scenario, the seed, and the design (the list of points
 * and how they were made, which also tells a sweep from a sensitivity analysis of the same file).
 */
public record SweepIdentity(String sweepFile, String sweepSha256, String scenarioSha256, long seed, String design, String planSha256) {

    /** What differs from {@code other}, in words, or null if it is the same sweep. */
    public String difference(SweepIdentity other) {
        if (!sweepSha256.equals(other.sweepSha256)) return "the sweep file has changed: SHA-256 " + other.sweepSha256 + " there, " + sweepSha256 + " now";
        if (!scenarioSha256.equals(other.scenarioSha256)) return "the scenario has changed: SHA-256 " + other.scenarioSha256 + " there, " + scenarioSha256 + " now";
        if (seed != other.seed) return "seed " + other.seed + " there, " + seed + " now";
        if (!design.equals(other.design)) return "design " + other.design + " there, " + design + " now";
        if (!planSha256.equals(other.planSha256)) return "the design points differ";
        return null;
    }

    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sweepFile", sweepFile);
        m.put("sweepSha256", sweepSha256);
        m.put("scenarioSha256", scenarioSha256);
        m.put("seed", seed);
        m.put("design", design);
        m.put("planSha256", planSha256);
        return m;
    }

    public byte[] toJson() throws IOException {
        return Json.bytes(toMap());
    }

    /** Read from a marker file, or from the {@code identity} field of a finished sweep's manifest; null if absent. */
    static SweepIdentity read(Path file, boolean inManifest) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        JsonNode n = inManifest ? root.get("identity") : root;
        if (n == null || n.get("sweepSha256") == null) return null;
        return new SweepIdentity(n.path("sweepFile").asText(), n.path("sweepSha256").asText(), n.path("scenarioSha256").asText(),
                n.path("seed").asLong(), n.path("design").asText(), n.path("planSha256").asText());
    }
}
