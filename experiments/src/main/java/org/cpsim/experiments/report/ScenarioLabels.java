package org.cpsim.experiments.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a scenario is called where people read it (briefs, chart legends, captions): its own
 * {@code description}, cut to its first clause so it fits a legend or a table heading ("Local assessment
 * framework from March 2011"), not its file-safe {@code name} ("local-framework"). The quality-assurance
 * record keeps the names, which tie results to files and hashes. A scenario without a description keeps
 * its name.
 */
final class ScenarioLabels {
    /** Longest label before it is shortened: a legend entry or a column heading at half an A4 width. */
    static final int MAX_CHARACTERS = 48;

    private final Map<String, String> labels;

    private ScenarioLabels(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    static ScenarioLabels none() { return new ScenarioLabels(Map.of()); }

    static ScenarioLabels of(ManifestInfo manifest) {
        Map<String, String> out = new HashMap<>();
        for (ManifestInfo.Scenario s : manifest.scenarios()) {
            if (s.name() == null) continue;
            for (ManifestInfo.Parameter p : s.parameters()) {
                if (p.path().equals("description") && p.value() != null && !p.value().isBlank()) out.put(s.name(), shorten(p.value()));
            }
        }
        // Two scenarios must never read the same: fall back to the names if the labels collide.
        if (out.values().stream().distinct().count() < out.size()) return none();
        return new ScenarioLabels(out);
    }

    String label(String name) { return labels.getOrDefault(name, name); }

    List<String> labels(List<String> names) { return names.stream().map(this::label).toList(); }

    /** The same difference, its options named by label. */
    Difference relabel(Difference d) {
        return new Difference(d.indicator(), d.period(), d.kind(), label(d.baseline()), label(d.variant()), d.baselineMean(), d.variantMean(),
                d.difference(), d.n());
    }

    /** The first clause (up to ", ", "; " or " ("), then at most {@link #MAX_CHARACTERS}. */
    static String shorten(String description) {
        String s = description.strip();
        for (String stop : new String[] {", ", "; ", " ("}) {
            int at = s.indexOf(stop);
            if (at > 0) s = s.substring(0, at);
        }
        return s.length() <= MAX_CHARACTERS ? s : s.substring(0, MAX_CHARACTERS - 1).strip() + "\u2026";
    }
}
