package org.cpsim.experiments.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Observed figures in the tidy form of the project's data files: at least {@code indicator,year,value}
 * (RFC 4180 CSV with a header row); {@code authority}, {@code unit}, {@code source}, {@code confidence}
 * and {@code note} are kept where present. A malformed row is an error naming file, line and column.
 */
public record ObservedData(Path file, List<Observation> observations) {

    private static final Pattern STATISTICAL_YEAR = Pattern.compile("\\d{4}-\\d{2}");

    /** One published figure; {@code year} is the statistical year ending 31 March, e.g. {@code 2012-13}. */
    public record Observation(String indicator, String year, double value, String authority, String unit,
                              String confidence, int line) {}

    public static ObservedData read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(new Origin(file.toString(), 0), "cannot read the observed data file: " + e.getMessage());
        }
        if (lines.isEmpty()) throw new ScenarioException(new Origin(file.toString(), 1), "an empty file: expected a header row with indicator,year,value");
        List<String> header = parse(lines.get(0), file, 1);
        Map<String, Integer> col = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) col.put(header.get(i).strip(), i);
        for (String required : List.of("indicator", "year", "value")) {
            if (!col.containsKey(required)) {
                throw new ScenarioException(new Origin(file.toString(), 1), "header", "a column named " + required, String.join(",", header));
            }
        }
        List<Observation> out = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            String text = lines.get(n);
            if (text.isBlank()) continue;
            int line = n + 1;
            List<String> f = parse(text, file, line);
            if (f.size() != header.size()) {
                throw new ScenarioException(new Origin(file.toString(), line), "row", header.size() + " fields as in the header", f.size() + " fields");
            }
            String year = f.get(col.get("year")).strip();
            if (!STATISTICAL_YEAR.matcher(year).matches()) {
                throw new ScenarioException(new Origin(file.toString(), line), "year", "a statistical year such as 2012-13", year);
            }
            double value;
            try {
                value = Double.parseDouble(f.get(col.get("value")).strip());
            } catch (NumberFormatException e) {
                throw new ScenarioException(new Origin(file.toString(), line), "value", "a number", f.get(col.get("value")));
            }
            out.add(new Observation(f.get(col.get("indicator")).strip(), year, value,
                    optional(f, col, "authority"), optional(f, col, "unit"), optional(f, col, "confidence"), line));
        }
        return new ObservedData(file, List.copyOf(out));
    }

    /** The value for an indicator and year (national rows: no authority), if observed. */
    public Optional<Observation> find(String indicator, String year) {
        return observations.stream()
                .filter(o -> o.indicator().equals(indicator) && o.year().equals(year) && o.authority().isEmpty())
                .findFirst();
    }

    private static String optional(List<String> f, Map<String, Integer> col, String name) {
        Integer i = col.get(name);
        return i == null ? "" : f.get(i).strip();
    }

    /** One CSV record on one line (the data files put no line breaks inside quotes). */
    public static List<String> parse(String line, Path file, int lineNumber) {
        List<String> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        if (quoted) throw new ScenarioException(new Origin(file.toString(), lineNumber), "row", "a closing quote", "end of line");
        fields.add(cur.toString());
        return fields;
    }
}
