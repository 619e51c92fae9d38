package org.cpsim.experiments.calibration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.PosteriorFile;
import org.cpsim.experiments.io.Sha256;
import org.cpsim.experiments.output.Json;
import org.cpsim.experiments.output.Manifest;

/**
 * A fit's manifest: a run's (version, seed, the scenario with every value's source) plus the observed
 * files and their hashes, how each observed indicator was compared, and every figure that was not, with why.
 */
public final class FitManifest {
    private FitManifest() {}

    public static Map<String, Object> of(Manifest run, List<ObservedData> observed, ObservedTargets targets, List<String> files) {
        Map<String, Object> m = run.toMap();
        m.put("files", files);
        m.put("observed", observedFiles(observed));
        Map<String, String> how = new LinkedHashMap<>();
        for (Target t : targets.targets()) how.putIfAbsent(t.indicator(), ObservedTargets.howCompared(t));
        m.put("compared", how);
        m.put("notCompared", notCompared(targets.unmatched()));
        return m;
    }

    /** The observed figures that could not be compared, each with why (a fit's and a calibration's {@code notCompared}). */
    static List<Map<String, Object>> notCompared(List<Unmatched> unmatched) {
        return unmatched.stream().map(u -> {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("indicator", u.indicator());
            e.put("years", u.years());
            e.put("reason", u.reason());
            return e;
        }).toList();
    }

    /** What a posterior predictive fit drew: the sample file, its hash, and the particle each replication ran with. */
    public static Map<String, Object> posterior(PosteriorFile sample, int[] particles) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", sample.file().toString());
        m.put("sha256", sha256(sample.file()));
        m.put("parameters", sample.paths());
        m.put("particles", sample.values().size());
        m.put("drawn", java.util.Arrays.stream(particles).boxed().toList());
        m.put("how", "replication r runs the scenario with the values of particle drawn[r], drawn with replacement in proportion "
                + "to the weights from the master seed; the interval covers parameter uncertainty and the model's randomness");
        return m;
    }

    public static void write(Path file, Map<String, Object> manifest) throws IOException {
        Json.write(file, manifest);
    }

    static List<Map<String, Object>> observedFiles(List<ObservedData> observed) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ObservedData d : observed) {
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("path", d.file().toString());
            e.put("sha256", sha256(d.file()));
            out.add(e);
        }
        return out;
    }

    public static String sha256(Path file) {
        try {
            return Sha256.of(Files.readAllBytes(file));
        } catch (IOException e) {
            return "unreadable: " + e.getMessage();
        }
    }
}
