package org.cpsim.experiments.england;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

import org.cpsim.experiments.io.ObservedData;
import org.cpsim.experiments.io.Origin;
import org.cpsim.experiments.io.ScenarioException;

/**
 * The authorities of England as {@code data/authorities.csv} lists them: one row per authority with its
 * codes, region and ONS child populations (mid-2012, mid-2013; empty where ONS gives none). Read strictly:
 * a missing column, a repeated name or a population that is not a whole number names file, line and column.
 */
record AuthorityTable(Path file, List<Row> rows) {
    static final String POPULATION_2012 = "child_population_0_17_2012";
    private static final List<String> COLUMNS = List.of("authority", "old_la_code", "new_la_code", "region", POPULATION_2012);

    /** One authority; {@code children2012} is empty where the file leaves it blank. */
    record Row(String name, String oldCode, String newCode, String region, OptionalInt children2012, int line) {}

    static AuthorityTable read(Path file) {
        List<String> lines = lines(file);
        if (lines.isEmpty()) throw new ScenarioException(new Origin(file.toString(), 1), "an empty file: expected a header row with " + String.join(",", COLUMNS));
        List<String> header = ObservedData.parse(lines.get(0), file, 1);
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) col.put(header.get(i).strip(), i);
        for (String c : COLUMNS) {
            if (!col.containsKey(c)) throw new ScenarioException(new Origin(file.toString(), 1), "header", "a column named " + c, String.join(",", header));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int n = 1; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) continue;
            int line = n + 1;
            Origin at = new Origin(file.toString(), line);
            List<String> f = ObservedData.parse(lines.get(n), file, line);
            if (f.size() != header.size()) throw new ScenarioException(at, "row", header.size() + " fields as in the header", f.size() + " fields");
            String name = f.get(col.get("authority")).strip();
            if (name.isEmpty()) throw new ScenarioException(at, "authority", "an authority name", "an empty field");
            if (!names.add(name)) throw new ScenarioException(at, "authority", "each authority once", name + " again");
            String population = f.get(col.get(POPULATION_2012)).strip();
            OptionalInt children = OptionalInt.empty();
            if (!population.isEmpty()) {
                try {
                    int v = Integer.parseInt(population);
                    if (v <= 0) throw new NumberFormatException();
                    children = OptionalInt.of(v);
                } catch (NumberFormatException e) {
                    throw new ScenarioException(at, POPULATION_2012, "a whole number of children > 0, or empty where ONS gives none", population);
                }
            }
            rows.add(new Row(name, f.get(col.get("old_la_code")).strip(), f.get(col.get("new_la_code")).strip(),
                    f.get(col.get("region")).strip(), children, line));
        }
        if (rows.isEmpty()) throw new ScenarioException(new Origin(file.toString(), 2), "rows", "at least one authority", "none");
        return new AuthorityTable(file, List.copyOf(rows));
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(new Origin(file.toString(), 0), "cannot read the file: " + e.getMessage());
        }
    }
}
