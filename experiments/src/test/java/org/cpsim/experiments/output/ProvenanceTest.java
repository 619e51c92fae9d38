package org.cpsim.experiments.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The fields every manifest shares, under the keys readers (ManifestInfo, the brief, tests) look for. */
class ProvenanceTest {
    private static final Provenance P = new Provenance("1.2.3", null, List.of("cpsim", "run", "s.yaml"), 7, 20, 2,
            Instant.parse("2026-01-01T10:00:00Z"), Instant.parse("2026-01-01T10:01:30.500Z"));

    @Test
    void writesTheSharedKeysInOrder() {
        Map<String, Object> m = P.head();
        P.putSeed(m);
        P.putMachine(m);
        assertEquals(List.of("cpsimVersion", "gitCommit", "commandLine", "seed", "replications", "threads", "javaVersion", "javaVendor",
                "availableProcessors", "startTime", "endTime", "elapsedSeconds"), List.copyOf(m.keySet()));
        assertEquals(7L, m.get("seed"));
        assertEquals(20, m.get("replications"));
        assertEquals(90.5, m.get("elapsedSeconds"));
        assertEquals("2026-01-01T10:01:30.500Z", m.get("endTime"));
        assertEquals(List.of("cpsim", "run", "s.yaml"), m.get("commandLine"));
    }

    @Test
    void aManifestNeedsTheEndTime() {
        Provenance running = new Provenance("1", null, List.of(), 1, 1, 1, Instant.now(), null);
        assertThrows(NullPointerException.class, () -> running.putMachine(new java.util.LinkedHashMap<>()));
        Provenance done = running.finished();
        assertTrue(!done.end().isBefore(done.start()));
        assertEquals(running.start(), done.start());
    }
}
