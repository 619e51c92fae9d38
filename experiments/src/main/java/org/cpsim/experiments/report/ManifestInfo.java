package org.cpsim.experiments.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.io.SourceKind;

/**
 * What a results folder's {@code manifest.json} says about how it was made, read defensively: the
 * verbs that write manifests ({@code run}, {@code compare}, ...) evolve separately, so unknown fields
 * are ignored, a few spellings of each field are accepted, and anything missing is null or empty.
 *
 * @param version      cpsim version, or null
 * @param gitCommit    commit the results were made from, or null
 * @param seed         master seed, or null
 * @param replications replications per scenario, or null
 * @param finished     when the results were written (ISO text), or null
 */
record ManifestInfo(String version, String gitCommit, Long seed, Integer replications, String finished, List<Scenario> scenarios) {
    static final String FILE_NAME = "manifest.json";

    /** A scenario the results come from, with each parameter's source and the policy timeline where given. */
    record Scenario(String name, String path, String sha256, List<Parameter> parameters, List<PolicyChange> timeline,
                    List<YearChoice.Dated> changedValues) {
        Scenario {
            parameters = List.copyOf(parameters);
            timeline = List.copyOf(timeline);
            changedValues = List.copyOf(changedValues);
        }

        /** Its values and dated changes, for choosing the year a comparison reports. */
        YearChoice.Policy policy() {
            Map<String, String> initial = new java.util.LinkedHashMap<>();
            for (Parameter p : parameters) if (p.value() != null) initial.put(p.path(), p.value());
            return new YearChoice.Policy(name == null ? "" : name, initial, changedValues);
        }
    }

    /** @param kind data, publication, assumption, calibrated, command_line or label */
    record Parameter(String path, String value, String source, String kind) {}

    ManifestInfo {
        scenarios = List.copyOf(scenarios);
    }

    static ManifestInfo absent() { return new ManifestInfo(null, null, null, null, null, List.of()); }

    /** The manifest in a folder; {@link #absent()} if there is none. */
    static ManifestInfo readFolder(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? read(file) : absent();
    }

    static ManifestInfo read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ReportInputException(file + ": not a readable JSON manifest (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
        if (root == null || !root.isObject()) throw new ReportInputException(file + ": expected a JSON object");
        List<Scenario> scenarios = new ArrayList<>();
        JsonNode list = root.get("scenarios");
        if (list != null && list.isArray()) {
            for (JsonNode s : list) scenarios.add(scenario(s, null));
        } else if (list != null && list.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = list.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                scenarios.add(scenario(e.getValue(), e.getKey()));
            }
        }
        // A run's manifest describes its one scenario at the top level.
        if (scenarios.isEmpty() && text(root, "scenarioName", "scenario") != null) scenarios.add(scenario(root, null));
        return new ManifestInfo(text(root, "version", "cpsimVersion"), text(root, "gitCommit", "commit"), whole(root, "seed", "masterSeed"),
                whole(root, "replications") == null ? null : whole(root, "replications").intValue(),
                text(root, "endTime", "finished", "date", "created", "startTime"), scenarios);
    }

    private static Scenario scenario(JsonNode s, String key) {
        if (s.isTextual()) return new Scenario(s.asText(), null, null, List.of(), List.of(), List.of());
        String name = text(s, "name", "scenarioName", "scenario");
        return new Scenario(name != null ? name : key, text(s, "path", "scenarioPath", "file"), text(s, "sha256", "scenarioSha256", "hash"),
                parameters(first(s, "resolvedScenario", "values", "resolved", "parameters")), timeline(s.get("timeline")),
                changedValues(s.get("timeline")));
    }

    private static List<Parameter> parameters(JsonNode values) {
        List<Parameter> out = new ArrayList<>();
        if (values == null || !values.isArray()) return out;
        for (JsonNode v : values) {
            String path = text(v, "path");
            if (path == null) continue;
            String source = text(v, "source");
            String kind = text(v, "kind");
            if (kind == null && source != null && !source.isBlank()) kind = SourceKind.of(source).label();
            out.add(new Parameter(path, text(v, "value"), source, kind));
        }
        return out;
    }

    private static List<PolicyChange> timeline(JsonNode entries) {
        List<PolicyChange> out = new ArrayList<>();
        if (entries == null || !entries.isArray()) return out;
        for (JsonNode e : entries) {
            String date = text(e, "date");
            if (date == null) continue;
            try {
                String description = text(e, "description", "label");
                out.add(new PolicyChange(LocalDate.parse(date), description != null ? description : date));
            } catch (DateTimeParseException ignored) {
                // A date in some other form cannot be placed on the axis; the rest of the timeline still can.
            }
        }
        return out;
    }

    /** The values each timeline entry sets, where the manifest lists them. */
    private static List<YearChoice.Dated> changedValues(JsonNode entries) {
        List<YearChoice.Dated> out = new ArrayList<>();
        if (entries == null || !entries.isArray()) return out;
        for (JsonNode e : entries) {
            String date = text(e, "date");
            if (date == null) continue;
            Map<String, String> values = new java.util.LinkedHashMap<>();
            for (Parameter p : parameters(e.get("changes"))) if (p.value() != null) values.put(p.path(), p.value());
            try {
                out.add(new YearChoice.Dated(LocalDate.parse(date), values));
            } catch (DateTimeParseException ignored) {
                // As for the markers: a date in another form cannot be placed; the rest still can.
            }
        }
        return out;
    }

    private static JsonNode first(JsonNode node, String... names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull()) return v;
        }
        return null;
    }

    private static String text(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        return v == null || v.isContainerNode() ? null : v.asText();
    }

    private static Long whole(JsonNode node, String... names) {
        JsonNode v = first(node, names);
        if (v == null) return null;
        if (v.canConvertToLong()) return v.asLong();
        try {
            return Long.parseLong(v.asText().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The parameters of the first scenario that lists them (the baseline, when a comparison writes it first). */
    List<Parameter> parameters() {
        for (Scenario s : scenarios) if (!s.parameters().isEmpty()) return s.parameters();
        return List.of();
    }

    /** The year a comparison of these scenarios reports by default, and why (see {@link YearChoice}). */
    YearChoice.Choice year(List<String> years) {
        List<YearChoice.Policy> policies = new ArrayList<>();
        for (Scenario s : scenarios) policies.add(s.policy());
        return YearChoice.of(years, policies);
    }

    /** The policy changes to mark on a chart of these scenarios (see {@link PolicyMarkers}). */
    List<List<PolicyChange>> timelines() {
        List<List<PolicyChange>> out = new ArrayList<>();
        for (Scenario s : scenarios) out.add(s.timeline());
        return out;
    }
}
