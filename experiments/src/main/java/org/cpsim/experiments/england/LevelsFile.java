package org.cpsim.experiments.england;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.model.config.AuthorityLevels;
import org.cpsim.model.config.ConfigException;

/**
 * Authority levels estimated elsewhere (a calibration of every authority), as the generator reads them:
 * {@code authority,parameter,value,source}, one row per authority and level (docs/CALIBRATION.md). Any
 * authority or level the file does not give keeps the generator's own value.
 */
final class LevelsFile {
    static final List<String> HEADER = List.of("authority", "parameter", "value", "source");
    /** England's levels, with a date a change would apply from: what a value is checked against. */
    private static final AuthorityLevels DATED = new AuthorityLevels(1, 1, 0, 0, 0, 1, 1, 0, 0, java.time.LocalDate.of(2000, 1, 1));
    /** The level names (the record's numbers, not the date of a change), in record order: {@code needOnsetMultiplier}, ... */
    static final List<String> PARAMETERS = parameters();

    /** One level of one authority; {@code source} becomes the value's comment in the scenario. */
    record Level(double value, String source, Origin origin) {}

    private final Map<String, Map<String, Level>> levels;

    private LevelsFile(Map<String, Map<String, Level>> levels) { this.levels = levels; }

    static LevelsFile none() { return new LevelsFile(Map.of()); }

    static LevelsFile read(Path file, Set<String> authorities) {
        List<String> lines = AuthorityTable.lines(file);
        if (lines.isEmpty()) throw new ScenarioException(new Origin(file.toString(), 1), "an empty file: expected the header " + String.join(",", HEADER));
        List<String> header = ObservedData.parse(lines.get(0), file, 1).stream().map(String::strip).toList();
        if (!header.equals(HEADER)) {
            throw new ScenarioException(new Origin(file.toString(), 1), "header", String.join(",", HEADER), String.join(",", header));
        }
        Map<String, Map<String, Level>> out = new HashMap<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) continue;
            Origin at = new Origin(file.toString(), n + 1);
            List<String> f = ObservedData.parse(lines.get(n), file, n + 1);
            if (f.size() != HEADER.size()) throw new ScenarioException(at, "row", HEADER.size() + " fields as in the header", f.size() + " fields");
            String authority = f.get(0).strip(), parameter = f.get(1).strip(), text = f.get(2).strip(), source = f.get(3).strip();
            if (!authorities.contains(authority)) {
                throw new ScenarioException(at, "authority", "an authority spelled as in data/authorities.csv", authority);
            }
            if (!PARAMETERS.contains(parameter)) throw new ScenarioException(at, "parameter", "one of " + String.join(", ", PARAMETERS), parameter);
            double value;
            try {
                value = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new ScenarioException(at, "value", "a number", text);
            }
            try {
                // Checked as the record checks it, on levels that have a date for a change to apply from.
                DATED.with(parameter, value);
            } catch (ConfigException e) {
                throw new ScenarioException(at, "value", e.expected() + " for " + parameter, text);
            }
            if (source.isEmpty()) throw new ScenarioException(at, "source", "how the value was estimated (it becomes the value's source comment)", "an empty field");
            Level previous = out.computeIfAbsent(authority, k -> new LinkedHashMap<>()).putIfAbsent(parameter, new Level(value, source, at));
            if (previous != null) {
                throw new ScenarioException(at, "parameter", "each authority's " + parameter + " once", "again (first at " + previous.origin() + ")");
            }
        }
        return new LevelsFile(out);
    }

    Optional<Level> find(String authority, String parameter) {
        return Optional.ofNullable(levels.getOrDefault(authority, Map.of()).get(parameter));
    }

    static double level(AuthorityLevels levels, String parameter) {
        for (RecordComponent c : AuthorityLevels.class.getRecordComponents()) if (c.getName().equals(parameter)) return (double) read(c, levels);
        throw new IllegalArgumentException("no level " + parameter);
    }

    private static Object read(RecordComponent c, AuthorityLevels levels) {
        try {
            return c.getAccessor().invoke(levels);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> parameters() {
        List<String> names = new ArrayList<>();
        for (RecordComponent c : AuthorityLevels.class.getRecordComponents()) if (c.getType() == double.class) names.add(c.getName());
        return List.copyOf(names);
    }
}
