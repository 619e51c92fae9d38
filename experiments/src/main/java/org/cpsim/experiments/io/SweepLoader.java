package org.cpsim.experiments.io;

import static org.cpsim.experiments.io.YamlFields.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cpsim.experiments.runner.OutcomePeriod;
import org.cpsim.experiments.runner.Outcomes;
import org.cpsim.experiments.sweep.Design;
import org.cpsim.experiments.sweep.Parameter;
import org.cpsim.experiments.sweep.SweepSpec;
import org.cpsim.model.metrics.Indicator;

/**
 * Reads a sweep file as strictly as a scenario: unknown keys, wrong types and missing fields are one
 * {@link ScenarioException} naming file, line and field. Whether each point's values suit the
 * scenario is checked later, by loading the scenario with them ({@code SweepPlan}).
 */
public final class SweepLoader {
    private static final List<String> KEYS = List.of("description", "scenario", "timeline", "seed", "replications", "outcomes",
            "parameters", "design", "overrides");
    private static final List<String> REQUIRED = List.of("scenario", "seed", "replications", "outcomes", "parameters", "design");
    private static final List<String> OUTCOME_KEYS = List.of("period", "indicators");
    private static final List<String> PARAMETER_KEYS = List.of("path", "kind", "values", "min", "max", "levels", "whole");
    private static final List<String> DESIGN_KEYS = List.of("type", "points");

    private SweepLoader() {}

    public static SweepSpec load(Path file) {
        String shown = file.toString();
        YamlNode node = YamlReader.readFile(file, shown);
        if (!(node instanceof YamlNode.Mapping root)) throw new ScenarioException(node.origin(), "a sweep file must be a mapping of keys to values");
        keys(root, "", KEYS, REQUIRED, SweepLoader::expectedFor);

        String description = root.get("description") == null ? "" : text(root, "description", "");
        Path scenario = scenario(file, root);
        ScenarioLoader.Timeline timeline = timeline(root);
        long seed = whole(root, "seed", "", Long.MIN_VALUE);
        int replications = (int) whole(root, "replications", "", 1);
        YamlNode.Mapping outcomesNode = mapping(root, "outcomes", "");
        Outcomes outcomes = outcomes(outcomesNode);
        YamlNode.Mapping designNode = mapping(root, "design", "");
        String designType = designType(designNode);
        List<Parameter> parameters = parameters(root, designType);
        Design design = design(designNode, designType, parameters);
        List<Assignment> overrides = overrides(root, parameters);
        return new SweepSpec(file, sha256(file, shown), description, scenario, timeline, seed, replications, outcomes,
                outcomesNode.get("period").origin(), parameters, design, overrides);
    }

    private static Path scenario(Path file, YamlNode.Mapping root) {
        String text = text(root, "scenario", "").strip();
        Path scenario = file.resolveSibling(text).normalize();
        if (!Files.isRegularFile(scenario)) {
            throw new ScenarioException(root.get("scenario").origin(), "scenario", "a scenario file, relative to this one", text + " (" + scenario + " does not exist)");
        }
        return scenario;
    }

    private static ScenarioLoader.Timeline timeline(YamlNode.Mapping root) {
        if (root.get("timeline") == null) return ScenarioLoader.Timeline.KEEP;
        String t = text(root, "timeline", "");
        for (ScenarioLoader.Timeline mode : ScenarioLoader.Timeline.values()) if (spelling(mode).equals(t)) return mode;
        throw new ScenarioException(root.get("timeline").origin(), "timeline", "keep (the scenario's policy changes apply) or ignore", t);
    }

    private static Outcomes outcomes(YamlNode.Mapping node) {
        keys(node, "outcomes", OUTCOME_KEYS, OUTCOME_KEYS, SweepLoader::expectedFor);
        String periodText = text(node, "period", "outcomes");
        OutcomePeriod period = OutcomePeriod.parse(periodText);
        if (period == null) throw new ScenarioException(node.get("period").origin(), "outcomes.period", OutcomePeriod.EXPECTED, periodText);
        YamlNode.Sequence list = sequence(node, "indicators", "outcomes");
        List<Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String path = "outcomes.indicators[" + i + "]";
            YamlNode.Scalar s = scalar(list.items().get(i), path, "an indicator id");
            Indicator indicator = Indicator.byId(s.text().strip());
            if (indicator == null) throw new ScenarioException(s.origin(), path, "an indicator id (cpsim metrics lists them)", s.shown());
            if (indicators.contains(indicator)) throw new ScenarioException(s.origin(), path, "each indicator once", s.shown() + " a second time");
            indicators.add(indicator);
        }
        if (indicators.isEmpty()) throw new ScenarioException(list.origin(), "outcomes.indicators", "at least one indicator id", "an empty list");
        return new Outcomes(indicators, period);
    }

    private static String designType(YamlNode.Mapping node) {
        keys(node, "design", DESIGN_KEYS, List.of("type"), SweepLoader::expectedFor);
        String type = text(node, "type", "design");
        if (!List.of("grid", "latin_hypercube", "list").contains(type)) {
            throw new ScenarioException(node.get("type").origin(), "design.type", "grid, latin_hypercube or list", type);
        }
        boolean needsPoints = !type.equals("grid");
        if (needsPoints && node.get("points") == null) {
            throw new ScenarioException(node.origin(), "design.points", type.equals("list") ? "a list of points" : "a number of points", "nothing (the key is missing)");
        }
        if (!needsPoints && node.get("points") != null) {
            throw new ScenarioException(node.keyOrigin("points"), "design.points", "no points for a grid (its points are every combination of values)", "points");
        }
        return type;
    }

    private static List<Parameter> parameters(YamlNode.Mapping root, String designType) {
        YamlNode.Sequence list = sequence(root, "parameters", "");
        if (list.items().isEmpty()) throw new ScenarioException(list.origin(), "parameters", "at least one parameter", "an empty list");
        List<Parameter> out = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            String at = "parameters[" + i + "]";
            if (!(list.items().get(i) instanceof YamlNode.Mapping m)) {
                throw new ScenarioException(list.items().get(i).origin(), at, "a mapping with keys " + String.join(", ", PARAMETER_KEYS), "a single value");
            }
            keys(m, at, PARAMETER_KEYS, List.of("path", "kind"), SweepLoader::expectedFor);
            String path = text(m, "path", at).strip();
            if (!paths.add(path)) throw new ScenarioException(m.get("path").origin(), at + ".path", "each path once", path + " a second time");
            String kindText = text(m, "kind", at);
            Parameter.Kind kind = null;
            for (Parameter.Kind k : Parameter.Kind.values()) if (k.spelling().equals(kindText)) kind = k;
            if (kind == null) throw new ScenarioException(m.get("kind").origin(), at + ".kind", "lever or uncertainty", kindText);
            out.add(new Parameter(path, kind, domain(m, at, designType), m.origin()));
        }
        return out;
    }

    private static Parameter.Domain domain(YamlNode.Mapping m, String at, String designType) {
        boolean values = m.get("values") != null, range = m.get("min") != null || m.get("max") != null;
        if (values && range) throw new ScenarioException(m.keyOrigin("min"), at, "either values or min and max", "both");
        if (!values && !range) {
            if (designType.equals("list")) return new Parameter.Unrestricted();
            throw new ScenarioException(m.origin(), at, "values: [...] or min and max", "neither");
        }
        if (values) {
            for (String k : List.of("levels", "whole")) {
                if (m.get(k) != null) throw new ScenarioException(m.keyOrigin(k), at + "." + k, "no " + k + " with a list of values", k);
            }
            YamlNode.Sequence seq = sequence(m, "values", at);
            List<String> texts = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                YamlNode.Scalar s = scalar(seq.items().get(i), at + ".values[" + i + "]", "a single value");
                String t = yamlText(s);
                if (texts.contains(t)) throw new ScenarioException(s.origin(), at + ".values[" + i + "]", "each value once", s.shown() + " a second time");
                texts.add(t);
            }
            if (texts.isEmpty()) throw new ScenarioException(seq.origin(), at + ".values", "at least one value", "an empty list");
            return new Parameter.Values(texts);
        }
        for (String k : List.of("min", "max")) {
            if (m.get(k) == null) throw new ScenarioException(m.origin(), at + "." + k, "a number", "nothing (the key is missing)");
        }
        double min = number(m, "min", at), max = number(m, "max", at);
        if (!(min < max)) throw new ScenarioException(m.get("max").origin(), at + ".max", "a number above min (" + min + ")", m.get("max") instanceof YamlNode.Scalar s ? s.shown() : "");
        int levels = 0;
        if (m.get("levels") != null) {
            if (!designType.equals("grid")) throw new ScenarioException(m.keyOrigin("levels"), at + ".levels", "levels only in a grid design", "levels in a " + designType + " design");
            levels = (int) whole(m, "levels", at, 2);
        } else if (designType.equals("grid")) {
            throw new ScenarioException(m.origin(), at + ".levels", "a number of levels (at least 2) for a range in a grid", "nothing (the key is missing)");
        }
        boolean whole = false;
        if (m.get("whole") != null) {
            String w = text(m, "whole", at);
            if (!w.equals("true") && !w.equals("false")) throw new ScenarioException(m.get("whole").origin(), at + ".whole", "true or false", w);
            whole = w.equals("true");
        }
        return new Parameter.Range(min, max, levels, whole);
    }

    private static Design design(YamlNode.Mapping node, String type, List<Parameter> parameters) {
        if (type.equals("grid")) return new Design.Grid();
        if (type.equals("latin_hypercube")) return new Design.LatinHypercube((int) whole(node, "points", "design", 2));
        YamlNode.Sequence list = sequence(node, "points", "design");
        if (list.items().isEmpty()) throw new ScenarioException(list.origin(), "design.points", "at least one point", "an empty list");
        List<Design.ListedPoint> points = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            String at = "design.points[" + i + "]";
            YamlNode item = list.items().get(i);
            if (!(item instanceof YamlNode.Mapping m)) throw new ScenarioException(item.origin(), at, "a mapping of parameter paths to values", "a single value");
            List<String> declared = parameters.stream().map(Parameter::path).toList();
            keys(m, at, declared, declared, SweepLoader::expectedFor);
            List<String> values = new ArrayList<>();
            for (Parameter p : parameters) {
                YamlNode.Scalar s = scalar(m.get(p.path()), at + "." + p.path(), "a single value");
                checkInDomain(p, s, at + "." + p.path());
                values.add(yamlText(s));
            }
            points.add(new Design.ListedPoint(values, m.origin()));
        }
        return new Design.Listed(points);
    }

    private static void checkInDomain(Parameter p, YamlNode.Scalar s, String at) {
        if (p.domain() instanceof Parameter.Values v && !v.values().contains(yamlText(s))) {
            throw new ScenarioException(s.origin(), at, "one of the parameter's values " + v.values(), s.shown());
        }
        if (p.domain() instanceof Parameter.Range r) {
            double x = number(s, at);
            if (!r.contains(x)) throw new ScenarioException(s.origin(), at, "a number from " + r.min() + " to " + r.max(), s.shown());
        }
    }

    private static List<Assignment> overrides(YamlNode.Mapping root, List<Parameter> parameters) {
        if (root.get("overrides") == null) return List.of();
        YamlNode.Mapping m = mapping(root, "overrides", "");
        List<Assignment> out = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            String at = "overrides." + e.getKey();
            if (parameters.stream().anyMatch(p -> p.path().equals(e.getKey()))) {
                throw new ScenarioException(m.keyOrigin(e.getKey()), at, "a value the sweep does not vary", "a parameter's path");
            }
            YamlNode.Scalar s = scalar(e.getValue(), at, "a single value");
            // Overrides are scenario values, so like them each carries its source.
            if (s.source() == null || s.source().isBlank()) {
                throw new ScenarioException(s.origin(), at, "a source comment (every value needs a source or the word assumption)", "none");
            }
            out.add(new Assignment(e.getKey(), yamlText(s), s.source(), s.origin()));
        }
        return out;
    }

    // ---- small readers

    private static String expectedFor(String key) {
        return switch (key) {
            case "scenario" -> "the path of a scenario file";
            case "seed", "replications" -> "a whole number";
            case "path" -> "a dotted scenario path such as earlyHelp.placesPer10kChildren";
            case "kind" -> "lever or uncertainty";
            case "type" -> "grid, latin_hypercube or list";
            default -> "a value";
        };
    }

    private static String spelling(ScenarioLoader.Timeline mode) { return mode.name().toLowerCase(Locale.ROOT); }

    private static String sha256(Path file, String shown) {
        try {
            return Sha256.of(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ScenarioException(new Origin(shown, 1), "cannot read the sweep file (" + e.getMessage() + ")");
        }
    }
}
