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
import org.cpsim.experiments.calibration.LocalParameter;
import org.cpsim.experiments.calibration.PooledEstimator;
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
            "indicators", "replications", "fitReplications", "seed", "method", "local", "authorities");
    private static final List<String> REQUIRED = List.of("scenario", "observed", "years", "indicators", "replications", "seed", "method");
    /** Keys of a pooled calibration only, and of the single-estimate methods only. */
    private static final List<String> POOLED_ONLY = List.of("local", "authorities");
    private static final List<String> SINGLE_ONLY = List.of("parameters", "authority", "fitReplications");
    private static final List<String> LOCAL_KEYS = List.of("name", "path", "level", "bounds");
    private static final List<String> POOLED_KEYS = List.of("iterations", "national", "probeStep", "probeEvery", "maxStep", "minExtraSd", "populationShare", "minChildren",
            "probes");
    private static final List<String> PARAMETER_KEYS = List.of("path", "prior");
    private static final List<String> ABC_KEYS = List.of("particles", "generations", "quantile", "batch", "maxProposals");
    private static final List<String> CMAES_KEYS = List.of("population", "iterations", "sigma0", "sensitivityStep");
    private static final Pattern YEAR = Pattern.compile("\\d{4}-\\d{2}");

    /** Defaults of the optional settings, documented in docs/CALIBRATION.md. */
    private static final double DEFAULT_QUANTILE = 0.5;
    private static final int DEFAULT_MAX_PROPOSALS_PER_PARTICLE = 50;
    private static final double DEFAULT_SENSITIVITY_STEP = 0.05;
    private static final int DEFAULT_FIT_REPLICATIONS = 20;
    private static final double DEFAULT_PROBE_STEP = 0.15;
    private static final int DEFAULT_PROBE_EVERY = 4;
    private static final double DEFAULT_MAX_STEP = 0.3;
    private static final double DEFAULT_MIN_EXTRA_SD = 0.05;
    private static final int DEFAULT_MIN_CHILDREN = 5000;

    private CalibrationLoader() {}

    public static CalibrationSpec load(Path file) {
        String shown = file.toString();
        YamlNode node = YamlReader.readFile(file, shown);
        if (!(node instanceof YamlNode.Mapping root)) throw new ScenarioException(node.origin(), "a calibration file must be a mapping of keys to values");
        keys(root, "", KEYS, REQUIRED, k -> "a value");
        Method method = method(root);
        boolean pooled = method instanceof Method.Pooled;
        for (String k : pooled ? SINGLE_ONLY : POOLED_ONLY) {
            if (root.get(k) != null) {
                throw new ScenarioException(root.keyOrigin(k), k, pooled ? "no " + k + " in a pooled calibration (it estimates local parameters of every authority: local, authorities)"
                        : "no " + k + " outside a pooled calibration (method: pooled)", "a " + k + " key");
            }
        }
        for (String k : pooled ? POOLED_ONLY : List.of("parameters")) {
            if (root.get(k) == null) throw new ScenarioException(root.origin(), k, "a value" + (pooled ? " (a pooled calibration needs local and authorities)" : ""), "nothing (the key is missing)");
        }
        String description = root.get("description") == null ? "" : scalar(root.get("description"), "description", "a text").text();
        Path scenario = existing(file, root, "scenario", "a scenario file, relative to this one");
        List<Assignment> overrides = overrides(root);
        List<CalibratedParameter> parameters = pooled ? List.of() : parameters(root);
        List<LocalParameter> local = pooled ? local(root) : List.of();
        List<Path> observed = observed(file, root);
        String[] years = years(root);
        Map<String, Double> weights = new LinkedHashMap<>();
        Map<String, Origin> weightOrigins = new LinkedHashMap<>();
        indicators(root, weights, weightOrigins);
        int replications = (int) whole(root, "replications", "", 1);
        int fitReplications = root.get("fitReplications") == null ? DEFAULT_FIT_REPLICATIONS : (int) whole(root, "fitReplications", "", 2);
        long seed = whole(root, "seed", "", Long.MIN_VALUE);
        String authority = root.get("authority") == null ? null : scalar(root.get("authority"), "authority", "an authority's name, as in the observed files' authority column").text().strip();
        if (authority != null) {
            List<ObservedData> files = new ArrayList<>();
            for (Path p : observed) files.add(ObservedData.read(p));
            Origin at = root.get("authority").origin();
            AuthorityName.missingFrom(files, authority).ifPresent(why -> {
                throw new ScenarioException(at, "authority", "an authority the observed files name (" + why + ")", authority);
            });
        }
        List<String> authorities = pooled ? authorities(root, observed) : List.of();
        return new CalibrationSpec(file, FileHash.sha256(file, shown), description, scenario, overrides, parameters, observed, years[0], years[1],
                weights, weightOrigins, replications, fitReplications, seed, method, root.keyOrigin("method"), authority, local, authorities);
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
        String expected = "abc_smc: {particles, generations, ...}, cmaes: {population, iterations, sigma0} or pooled: {iterations, ...}";
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
        if (name.equals("pooled")) {
            YamlNode.Mapping s = mapping(m.get(name), at);
            keys(s, at, POOLED_KEYS, List.of("iterations"), k -> "a value");
            int iterations = (int) whole(s, "iterations", at, 1);
            PooledEstimator.National national = PooledEstimator.National.CENTRED;
            if (s.get("national") != null) {
                YamlNode.Scalar n = scalar(s.get("national"), at + ".national", "centred or joint");
                String text = n.text().strip();
                if (text.equals("joint")) national = PooledEstimator.National.JOINT;
                else if (!text.equals("centred")) throw new ScenarioException(n.origin(), at + ".national", "centred or joint", n.shown());
            }
            double probeStep = optionalShare(s, "probeStep", at, DEFAULT_PROBE_STEP, 1);
            int probeEvery = s.get("probeEvery") == null ? DEFAULT_PROBE_EVERY : (int) whole(s, "probeEvery", at, 1);
            double maxStep = optionalShare(s, "maxStep", at, DEFAULT_MAX_STEP, 3);
            double minExtraSd = optionalShare(s, "minExtraSd", at, DEFAULT_MIN_EXTRA_SD, 1);
            double populationShare = optionalShare(s, "populationShare", at, 1, 1);
            int minChildren = s.get("minChildren") == null ? DEFAULT_MIN_CHILDREN : (int) whole(s, "minChildren", at, 1);
            boolean central = false;
            if (s.get("probes") != null) {
                YamlNode.Scalar p = scalar(s.get("probes"), at + ".probes", "forward or central");
                String text = p.text().strip();
                if (text.equals("central")) central = true;
                else if (!text.equals("forward")) throw new ScenarioException(p.origin(), at + ".probes", "forward or central", p.shown());
            }
            return new Method.Pooled(iterations, national, probeStep, probeEvery, maxStep, minExtraSd, populationShare, minChildren, central);
        }
        throw new ScenarioException(m.keyOrigin(name), "method", expected, name);
    }

    /** An optional number above 0 and at most {@code most}. */
    private static double optionalShare(YamlNode.Mapping s, String key, String at, double fallback, double most) {
        if (s.get(key) == null) return fallback;
        double v = number(scalar(s.get(key), at + "." + key, "a number"), at + "." + key);
        if (!(v > 0 && v <= most)) throw new ScenarioException(s.get(key).origin(), at + "." + key, "a number above 0 and at most " + most, Double.toString(v));
        return v;
    }

    private static List<LocalParameter> local(YamlNode.Mapping root) {
        YamlNode.Sequence list = sequence(root.get("local"), "local");
        if (list.items().isEmpty()) throw new ScenarioException(list.origin(), "local", "at least one local parameter", "an empty list");
        List<LocalParameter> out = new ArrayList<>();
        Set<String> names = new HashSet<>(), paths = new HashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            String at = "local[" + i + "]";
            YamlNode.Mapping m = mapping(list.items().get(i), at);
            keys(m, at, LOCAL_KEYS, List.of("bounds"), k -> "a value");
            if ((m.get("level") == null) == (m.get("path") == null)) {
                throw new ScenarioException(m.origin(), at, "either level (one of " + String.join(", ", LocalParameter.LEVELS) + ") or path and name (a scenario value multiplied)",
                        m.get("level") == null ? "neither" : "both");
            }
            String level = null, path = null, name;
            Origin origin;
            if (m.get("level") != null) {
                YamlNode.Scalar levelNode = scalar(m.get("level"), at + ".level", "one of " + String.join(", ", LocalParameter.LEVELS));
                level = levelNode.text().strip();
                if (!LocalParameter.LEVELS.contains(level)) throw new ScenarioException(levelNode.origin(), at + ".level", "one of " + String.join(", ", LocalParameter.LEVELS), levelNode.shown());
                if (m.get("name") != null) throw new ScenarioException(m.keyOrigin("name"), at + ".name", "no name for a level (its name is the level's)", "a name");
                name = level;
                origin = levelNode.origin();
            } else {
                YamlNode.Scalar nameNode = m.get("name") == null ? null : scalar(m.get("name"), at + ".name", "a short name (letters, digits, _)");
                if (nameNode == null) throw new ScenarioException(m.origin(), at + ".name", "a short name for the path (letters, digits, _)", "nothing (the key is missing)");
                name = nameNode.text().strip();
                if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) throw new ScenarioException(nameNode.origin(), at + ".name", "a short name (letters, digits, _)", nameNode.shown());
                YamlNode.Scalar pathNode = scalar(m.get("path"), at + ".path", "a dotted scenario path");
                path = pathNode.text().strip();
                if (!paths.add(path)) throw new ScenarioException(pathNode.origin(), at + ".path", "each path once", path + " a second time");
                origin = pathNode.origin();
            }
            if (!names.add(name)) throw new ScenarioException(origin, at, "each local parameter once", name + " a second time");
            YamlNode.Sequence bounds = sequence(m.get("bounds"), at + ".bounds");
            if (bounds.items().size() != 2) throw new ScenarioException(bounds.origin(), at + ".bounds", "two numbers [low, high]", bounds.items().size() + " values");
            double low = number(scalar(bounds.items().get(0), at + ".bounds[0]", "a number"), at + ".bounds[0]");
            double high = number(scalar(bounds.items().get(1), at + ".bounds[1]", "a number"), at + ".bounds[1]");
            boolean shift = LocalParameter.additive(level);
            if (shift ? !(low < 0 && high > 0) : !(low > 0 && low < 1 && high > 1)) {
                throw new ScenarioException(bounds.origin(), at + ".bounds", shift ? "a shift range [low, high] with low < 0 < high"
                        : "multipliers of England's value [low, high] with 0 < low < 1 < high", "[" + low + ", " + high + "]");
            }
            out.add(new LocalParameter(name, path, level, low, high, origin));
        }
        return out;
    }

    /** {@code all} (every authority the observed files give a child population), or a list of names they hold. */
    private static List<String> authorities(YamlNode.Mapping root, List<Path> observed) {
        List<ObservedData> files = new ArrayList<>();
        for (Path p : observed) files.add(ObservedData.read(p));
        YamlNode n = root.get("authorities");
        if (n instanceof YamlNode.Scalar s) {
            if (!s.text().strip().equals("all")) throw new ScenarioException(s.origin(), "authorities", "all, or a list of authority names", s.shown());
            java.util.TreeSet<String> names = new java.util.TreeSet<>();
            for (ObservedData d : files) {
                for (ObservedData.Observation o : d.observations()) {
                    if (!o.authority().isEmpty() && o.indicator().equals("child_population_0_17")) names.add(o.authority());
                }
            }
            if (names.isEmpty()) throw new ScenarioException(s.origin(), "authorities", "observed files with authorities' child_population_0_17 rows", "none");
            return List.copyOf(names);
        }
        YamlNode.Sequence list = sequence(n, "authorities");
        if (list.items().isEmpty()) throw new ScenarioException(list.origin(), "authorities", "all, or at least one authority name", "an empty list");
        List<String> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < list.items().size(); i++) {
            String at = "authorities[" + i + "]";
            YamlNode.Scalar s = scalar(list.items().get(i), at, "an authority's name, as in the observed files' authority column");
            String name = s.text().strip();
            AuthorityName.missingFrom(files, name).ifPresent(why -> {
                throw new ScenarioException(s.origin(), at, "an authority the observed files name (" + why + ")", name);
            });
            if (!keys.add(AuthorityName.key(name))) throw new ScenarioException(s.origin(), at, "each authority once", name + " a second time");
            out.add(name);
        }
        return out;
    }

}
