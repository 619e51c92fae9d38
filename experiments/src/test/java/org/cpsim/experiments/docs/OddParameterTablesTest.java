package org.cpsim.experiments.docs;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpsim.experiments.io.ResolvedValue;
import org.cpsim.experiments.io.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * Every parameter row in docs/ODD.md ("| `path` | `value` | ...") shows the baseline scenario's value
 * and source kind, so the ODD cannot drift from scenarios/england-baseline.yaml; and every baseline
 * parameter has a row.
 */
class OddParameterTablesTest {
    private static final Pattern ROW = Pattern.compile("^\\| `([a-zA-Z][\\w.\\[\\]]*)` \\| `([^`]*)` \\| [^|]* \\| (\\w+) \\|");

    /** Equal as numbers when both are numbers (60 and 60.0), else as text. */
    private static boolean sameValue(String a, String b) {
        try {
            return Double.parseDouble(a) == Double.parseDouble(b);
        } catch (NumberFormatException e) {
            return a.equals(b);
        }
    }

    @Test
    void parameterTablesShowTheBaselineValuesAndSourceKinds() throws IOException {
        Path root = Path.of(System.getProperty("cpsim.projectRoot", ".."));
        Map<String, ResolvedValue> baseline = new HashMap<>();
        for (ResolvedValue v : ScenarioLoader.load(root.resolve("scenarios/england-baseline.yaml")).values()) baseline.put(v.path(), v);
        List<String> wrong = new ArrayList<>();
        java.util.Set<String> documented = new java.util.HashSet<>();
        for (String line : Files.readAllLines(root.resolve("docs/ODD.md"))) {
            Matcher m = ROW.matcher(line);
            if (!m.find()) continue;
            ResolvedValue v = baseline.get(m.group(1));
            if (v == null) {
                documented.add(m.group(1)); // a composite row such as frontDoor.thresholds (its leaves count as documented)
                continue;
            }
            documented.add(m.group(1));
            if (m.group(1).equals("calendar.bankHolidays")) continue; // summarised in the ODD, listed in the scenario
            if (!sameValue(v.value(), m.group(2)) || !v.kind().label().equals(m.group(3))) {
                wrong.add(m.group(1) + ": ODD says " + m.group(2) + " (" + m.group(3) + "), the baseline has " + v.value() + " (" + v.kind().label() + ")");
            }
        }
        assertTrue(documented.stream().filter(baseline::containsKey).count() > 100, "the ODD documents the baseline's parameters, found " + documented.size());
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        List<String> missing = new ArrayList<>();
        for (String path : baseline.keySet()) {
            boolean byComposite = documented.stream().anyMatch(d -> path.startsWith(d + "."));
            if (!documented.contains(path) && !byComposite && !path.startsWith("agencies.agencies[") && !path.equals("name")
                    && !path.equals("description") && !path.equals("calendar.bankHolidays")) missing.add(path);
        }
        assertTrue(missing.isEmpty(), "baseline parameters without a row in docs/ODD.md: " + missing);
    }
}
