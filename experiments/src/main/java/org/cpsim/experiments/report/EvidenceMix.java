package org.cpsim.experiments.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How well evidenced a scenario's parameters are: how many take their value from data, a publication,
 * calibration or an assumption (the kinds the scenario loader reads from each value's source comment).
 * Labels (names, descriptions) change nothing the model does and are not counted.
 */
record EvidenceMix(Map<String, Integer> counts, int total) {
    /** Best evidenced first, the order a reader scans for weakness in. */
    static final List<String> ORDER = List.of("data", "publication", "calibrated", "assumption", "command_line");

    /** One kind's share. */
    record Share(String kind, int count, double percent) {
        String describe() {
            return switch (kind) {
                case "data" -> "data";
                case "publication" -> "publications";
                case "calibrated" -> "calibration";
                case "assumption" -> "assumptions";
                case "command_line" -> "the command line";
                default -> kind;
            };
        }
    }

    EvidenceMix {
        counts = Map.copyOf(counts);
    }

    static EvidenceMix of(List<ManifestInfo.Parameter> parameters) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        int total = 0;
        for (ManifestInfo.Parameter p : parameters) {
            String kind = p.kind() == null ? "unknown" : p.kind();
            if (kind.equals("label")) continue;
            counts.merge(kind, 1, Integer::sum);
            total++;
        }
        return new EvidenceMix(counts, total);
    }

    List<Share> shares() {
        List<Share> out = new ArrayList<>();
        for (String k : ORDER) if (counts.containsKey(k)) out.add(share(k));
        for (String k : counts.keySet().stream().sorted().toList()) if (!ORDER.contains(k)) out.add(share(k));
        return out;
    }

    private Share share(String kind) {
        int n = counts.get(kind);
        return new Share(kind, n, total == 0 ? 0 : 100.0 * n / total);
    }

    /** The kind of one parameter, or null if the scenario does not list it. */
    static String kindOf(List<ManifestInfo.Parameter> parameters, String path) {
        for (ManifestInfo.Parameter p : parameters) if (p.path().equals(path)) return p.kind();
        return null;
    }
}
