package org.cpsim.experiments.io;

import static org.cpsim.experiments.io.YamlFields.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.cpsim.experiments.calibration.CalibratedParameter;
import org.cpsim.experiments.calibration.CalibrationSpec;
import org.cpsim.experiments.calibration.Method;
import org.cpsim.experiments.calibration.Prior;

/**
 * Reads a calibration file as strictly as a scenario: unknown keys, wrong types and missing fields
 * are one {@link ScenarioException} naming file, line and field. Whether the parameters suit the
 * scenario and the indicators the observed files is checked when the calibration is set up, by
 * loading them ({@code CalibrationProblem}).
 */
public final class CalibrationLoader {
    private static final List<String> KEYS = List.of("description", "scenario", "overrides", "parameters", "observed", "authority", "years",
            "indicators", "replications", "fitReplications", "seed", "method");
    private static final List<String> REQUIRED = List.of("scenario", "parameters", "observed", "years", "indicators", "replications", "seed", "method");
    private static final List<String> PARAMETER_KEYS = List.of("path", "prior");
    private static final List<String> ABC_KEYS = List.of("particles", "generations", "quantile", "batch", "maxProposals");
    private static final List<String> CMAES_KEYS = List.of("population", "iterations", "sigma0", "sensitivityStep");
    private static final Pattern YEAR = Pattern.compile("\\d{4}-\\d{2}");

    /** Defaults of the optional settings, documented in docs/CALIBRATION.md. */
    private static final double DEFAULT_QUANTILE = 0.5;
    private static final int DEFAULT_MAX_PROPOSALS_PER_PARTICLE = 50;
    private static final double DEFAULT_SENSITIVITY_STEP = 0.05;
    private static final int DEFAULT_FIT_REPLICATIONS = 20;

    private CalibrationLoader() {}

    public static CalibrationSpec load(Path file) {
        String shown = file.toString();
        YamlNode node = YamlReader.readFile(file, shown);
        if (!(node instanceof YamlNode.Mapping root)) throw new ScenarioException(node.origin(), "a calibration file must be a mapping of keys to values");
        keys(root, "", KEYS, REQUIRED, k -> "a value");
        String description = root.get("description") == null ? "" : scalar(root.get("description"), "description", "a text").text();
        Path scenario = existing(file, root, "scenario", "a scenario file, relative to this one");
        List<Assignment> overrides = overrides(root);
        List<CalibratedParameter> parameters = parameters(root);
        List<Path> observed = observed(file, root);
        String[] years = years(root);
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Origin> weightOrigins = new LinkedHashMap<>();
        indicators(root, weights, weightOrigins);
        int replications = (int) whole(root, "replications", "", 1);
        int fitReplications = root.get("fitReplications") == null ? DEFAULT_FIT_REPLICATIONS : (int) whole(root, "fitReplications", "", 2);
        long seed = whole(root, "seed", "", Long.MIN_VALUE);
        Method method = method(root);
        String authority = root.get("authority") == null ? null : scalar(root.get("authority"), "authority", "an authority's name, as in the observed files' authority column").text().strip();
        if (authority != null) {
            List<ObservedData> files = new ArrayList<>();
            for (Path p : observed) files.add(ObservedData.read(p));
            Origin at = root.get("authority").origin();
            AuthorityName.missingFrom(files, authority).ifPresent(why -> {
                throw new ScenarioException(at, "authority", "an authority the observed files name (" + why + ")", authority);
            });
        }
        return new CalibrationSpec(file, FileHash.sha256(file, shown), description, scenario, overrides, parameters, observed, years[0], years[1],
                weights, weightOrigins, replications, fitReplications, seed, method, root.keyOrigin("method"), authority);
    }

    private static Path existing(Path file, YamlNode.Mapping m, String key, String expected) {
        YamlNode.Scalar s = scalar(m.get(key), key, "a path");
        return existing(file, s, key, expected);
    }

    private static Path existing(Path file, YamlNode.Scalar s, String at, String expected) {
        String text = s.text().strip();
        Path p = file.resolveSibling(text).normalize();
        if (!Files.isRegularFile(p)) throw new ScenarioException(s.origin(), at, expected, text + " (" + p + " does not exist)");
        return p;
    }

    private static List<Assignment> overrides(YamlNode.Mapping root) {
        if (root.get("overrides") == null) return List.of();
        YamlNode.Mapping m = mapping(root.get("overrides"), "overrides");
        List<Assignment> out = new ArrayList<>();
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            String at = "overrides." + e.getKey();
            YamlNode.Scalar s = scalar(e.getValue(), at, "a single value");
            // Overrides are scenario values, so like them each carries its source.
            if (s.source() == null || s.source().isBlank()) {
                throw new ScenarioException(s.origin(), at, "a source comment (every value needs a source or the word assumption)", "none");
            }
            out.add(new Assignment(e.getKey(), yamlText(s), s.source(), s.origin()));
        }
        return out;
    }

    private static List<CalibratedParameter> parameters(YamlNode.Mapping root) {
        YamlNode.Sequence list = sequence(root.get("parameters"), "parameters");
        if (list.items().isEmpty()) throw new ScenarioException(list.origin(), "parameters", "at least one parameter", "an empty list");
        List<CalibratedParameter> out = new ArrayList<>();
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            String at = "parameters[" + i + "]";
            YamlNode.Mapping m = mapping(list.items().get(i), at);
            keys(m, at, PARAMETER_KEYS, PARAMETER_KEYS, k -> "a value");
            YamlNode.Scalar pathNode = scalar(m.get("path"), at + ".path", "a dotted scenario path");
            String path = pathNode.text().strip();
            // The fitted scenario extends the original and sets each value; lists replace whole there.
            if (path.contains("[")) {
                throw new ScenarioException(pathNode.origin(), at + ".path", "a path without list indices (the calibrated scenario sets it in an extending file, where a list replaces the whole list)", path);
            }
            if (!paths.add(path)) throw new ScenarioException(pathNode.origin(), at + ".path", "each path once", path + " a second time");
            out.add(new CalibratedParameter(path, prior(m.get("prior"), at + ".prior"), pathNode.origin()));
        }
        return out;
    }

    private static Prior prior(YamlNode node, String at) {
        String expected = "{uniform: [low, high]} or {loguniform: [low, high]}";
        if (!(node instanceof YamlNode.Mapping m) || m.entries().size() != 1) {
            throw new ScenarioException(node.origin(), at, expected, node instanceof YamlNode.Mapping ? "a mapping with " + ((YamlNode.Mapping) node).entries().size() + " keys" : "no mapping");
        }
        String kind = m.entries().keySet().iterator().next();
        if (!kind.equals("uniform") && !kind.equals("loguniform")) throw new ScenarioException(m.keyOrigin(kind), at + "." + kind, expected, kind);
        YamlNode.Sequence bounds = sequence(m.get(kind), at + "." + kind);
        if (bounds.items().size() != 2) throw new ScenarioException(bounds.origin(), at + "." + kind, "two numbers [low, high]", bounds.items().size() + " values");
        double low = number(scalar(bounds.items().get(0), at + "." + kind + "[0]", "a number"), at + "." + kind + "[0]");
        double high = number(scalar(bounds.items().get(1), at + "." + kind + "[1]", "a number"), at + "." + kind + "[1]");
        if (!(low < high)) throw new ScenarioException(bounds.origin(), at + "." + kind, "low below high", "[" + low + ", " + high + "]");
        if (kind.equals("loguniform")) {
            if (!(low > 0)) throw new ScenarioException(bounds.origin(), at + "." + kind, "a low bound above 0 for a log-uniform prior", Double.toString(low));
            return new Prior.LogUniform(low, high);
        }
        return new Prior.Uniform(low, high);
    }

    private static List<Path> observed(Path file, YamlNode.Mapping root) {
        YamlNode n = root.get("observed");
        List<YamlNode> items = n instanceof YamlNode.Sequence s ? s.items() : List.of(n);
        if (items.isEmpty()) throw new ScenarioException(n.origin(), "observed", "at least one observed data file", "an empty list");
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String at = n instanceof YamlNode.Sequence ? "observed[" + i + "]" : "observed";
            out.add(existing(file, scalar(items.get(i), at, "a path"), at, "an observed data file (indicator,year,value CSV), relative to this one"));
        }
        return out;
    }

    private static String[] years(YamlNode.Mapping root) {
        YamlNode.Mapping m = mapping(root.get("years"), "years");
        keys(m, "years", List.of("from", "to"), List.of("from", "to"), k -> "a value");
        String[] out = new String[2];
        for (int i = 0; i < 2; i++) {
            String key = i == 0 ? "from" : "to";
            YamlNode.Scalar s = scalar(m.get(key), "years." + key, "a statistical year such as 2009-10");
            if (!YEAR.matcher(s.text().strip()).matches()) throw new ScenarioException(s.origin(), "years." + key, "a statistical year such as 2009-10", s.shown());
            out[i] = s.text().strip();
        }
        if (out[1].compareTo(out[0]) < 0) throw new ScenarioException(m.get("to").origin(), "years.to", "a year not before " + out[0], out[1]);
        return out;
    }

    private static void indicators(YamlNode.Mapping root, Map<String, Double> weights, Map<String, Origin> origins) {
        YamlNode.Mapping m = mapping(root.get("indicators"), "indicators");
        if (m.entries().isEmpty()) throw new ScenarioException(m.origin(), "indicators", "at least one observed indicator with its weight", "an empty mapping");
        for (Map.Entry<String, YamlNode> e : m.entries().entrySet()) {
            String at = "indicators." + e.getKey();
            double w = number(scalar(e.getValue(), at, "a weight (a number above 0)"), at);
            if (!(w > 0)) throw new ScenarioException(e.getValue().origin(), at, "a weight above 0", Double.toString(w));
            weights.put(e.getKey(), w);
            origins.put(e.getKey(), m.keyOrigin(e.getKey()));
        }
    }

    private static Method method(YamlNode.Mapping root) {
        YamlNode.Mapping m = mapping(root.get("method"), "method");
        String expected = "abc_smc: {particles, generations, ...} or cmaes: {population, iterations, sigma0}";
        if (m.entries().size() != 1) throw new ScenarioException(m.origin(), "method", expected, m.entries().size() + " methods");
        String name = m.entries().keySet().iterator().next();
        String at = "method." + name;
        if (name.equals("abc_smc")) {
            YamlNode.Mapping s = mapping(m.get(name), at);
            keys(s, at, ABC_KEYS, List.of("particles", "generations"), k -> "a value");
            int particles = (int) whole(s, "particles", at, 2);
            int generations = (int) whole(s, "generations", at, 1);
            double quantile = s.get("quantile") == null ? DEFAULT_QUANTILE : number(scalar(s.get("quantile"), at + ".quantile", "a number"), at + ".quantile");
            if (!(quantile > 0 && quantile < 1)) throw new ScenarioException(s.get("quantile").origin(), at + ".quantile", "a number between 0 and 1 (exclusive)", Double.toString(quantile));
            int batch = s.get("batch") == null ? particles : (int) whole(s, "batch", at, 1);
            int maxProposals = s.get("maxProposals") == null ? DEFAULT_MAX_PROPOSALS_PER_PARTICLE * particles : (int) whole(s, "maxProposals", at, particles);
            return new Method.AbcSmc(particles, generations, quantile, batch, maxProposals);
        }
        if (name.equals("cmaes")) {
            YamlNode.Mapping s = mapping(m.get(name), at);
            keys(s, at, CMAES_KEYS, List.of("population", "iterations", "sigma0"), k -> "a value");
            int population = (int) whole(s, "population", at, 2);
            int iterations = (int) whole(s, "iterations", at, 1);
            double sigma0 = number(scalar(s.get("sigma0"), at + ".sigma0", "a number"), at + ".sigma0");
            if (!(sigma0 > 0 && sigma0 <= 1)) throw new ScenarioException(s.get("sigma0").origin(), at + ".sigma0", "a share of each parameter's range, above 0 and at most 1", Double.toString(sigma0));
            double step = s.get("sensitivityStep") == null ? DEFAULT_SENSITIVITY_STEP : number(scalar(s.get("sensitivityStep"), at + ".sensitivityStep", "a number"), at + ".sensitivityStep");
            if (!(step > 0 && step < 0.5)) throw new ScenarioException(s.get("sensitivityStep").origin(), at + ".sensitivityStep", "a share of each range above 0 and below 0.5", Double.toString(step));
            return new Method.Cmaes(population, iterations, sigma0, step);
        }
        throw new ScenarioException(m.keyOrigin(name), "method", expected, name);
    }
}
