package org.cpsim.experiments.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.compare.ComparisonCsv;
import org.cpsim.experiments.compare.ComparisonManifest;
import org.cpsim.experiments.compare.ComparisonRun;
import org.cpsim.experiments.compare.CostEffectiveness;
import org.cpsim.experiments.output.SummaryCsv;
import org.cpsim.model.metrics.Indicator;

/**
 * A finished comparison folder read back for the page: the headline indicators year by year with their
 * 95% intervals (summary.csv), the paired differences (comparison.csv), the cost-effectiveness rows,
 * and what produced it (manifest.json). Read from the files, so a run made before a restart, or by
 * {@code cpsim compare}, shows the same way.
 */
final class ResultFiles {
    private ResultFiles() {}

    static Map<String, Object> read(Path folder) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonNode manifest = new ObjectMapper().readTree(folder.resolve(ComparisonManifest.FILE_NAME).toFile());
        List<String> scenarios = new ArrayList<>();
        manifest.path("scenarios").forEach(s -> scenarios.add(s.path("name").asText()));
        out.put("id", folder.getFileName().toString());
        out.put("scenarios", scenarios);
        out.put("replications", manifest.path("replications").asInt());
        out.put("seed", manifest.path("seed").asLong());
        List<String> command = new ArrayList<>();
        manifest.path("commandLine").forEach(a -> command.add(a.asText()));
        out.put("command", String.join(" ", command));

        List<String> headline = ComparisonRun.HEADLINE.stream().map(Indicator::id).toList();
        Map<String, Map<String, Object>> series = new LinkedHashMap<>();
        for (String id : headline) {
            Indicator i = Indicator.byId(id);
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("indicator", id);
            s.put("unit", i.unit());
            s.put("definition", i.definition());
            s.put("byScenario", new LinkedHashMap<String, Map<String, List<Object>>>());
            series.put(id, s);
        }
        Table summary = Table.read(folder.resolve(SummaryCsv.FILE_NAME));
        for (List<String> row : summary.rows) {
            String period = summary.get(row, "period");
            Map<String, Object> s = series.get(summary.get(row, "indicator"));
            if (s == null || period.contains("M")) continue; // statistical years only: months are in the live view
            @SuppressWarnings("unchecked")
            Map<String, Map<String, List<Object>>> by = (Map<String, Map<String, List<Object>>>) s.get("byScenario");
            Map<String, List<Object>> cols = by.computeIfAbsent(summary.get(row, "scenario"), k -> {
                Map<String, List<Object>> c = new LinkedHashMap<>();
                for (String n : List.of("period", "mean", "ci_low", "ci_high")) c.put(n, new ArrayList<>());
                return c;
            });
            cols.get("period").add(period);
            for (String n : List.of("mean", "ci_low", "ci_high")) cols.get(n).add(number(summary.get(row, n)));
        }
        out.put("series", new ArrayList<>(series.values()));

        Table comparison = Table.read(folder.resolve(ComparisonCsv.FILE_NAME));
        String lastYear = "";
        for (List<String> row : comparison.rows) {
            String p = comparison.get(row, "period");
            if (!p.contains("M") && p.compareTo(lastYear) > 0) lastYear = p;
        }
        List<Map<String, Object>> differences = new ArrayList<>();
        for (String id : headline) {
            for (List<String> row : comparison.rows) {
                if (!comparison.get(row, "indicator").equals(id) || !comparison.get(row, "period").equals(lastYear)) continue;
                Map<String, Object> d = new LinkedHashMap<>();
                d.put("indicator", id);
                d.put("unit", Indicator.byId(id).unit());
                for (String n : List.of("period", "baseline", "variant")) d.put(n, comparison.get(row, n));
                for (String n : List.of("baseline_mean", "variant_mean", "diff_mean", "diff_ci_low", "diff_ci_high")) d.put(n, number(comparison.get(row, n)));
                d.put("n", number(comparison.get(row, "n")));
                differences.add(d);
            }
        }
        out.put("year", lastYear);
        out.put("differences", differences);

        Path ce = folder.resolve(CostEffectiveness.FILE_NAME);
        List<Map<String, Object>> costs = new ArrayList<>();
        if (Files.isRegularFile(ce)) {
            Table t = Table.read(ce);
            for (List<String> row : t.rows) {
                Map<String, Object> c = new LinkedHashMap<>();
                for (int k = 0; k < t.header.size(); k++) {
                    String col = t.header.get(k);
                    c.put(col, col.equals("period") || col.equals("baseline") || col.equals("variant") ? row.get(k) : number(row.get(k)));
                }
                costs.add(c);
            }
        }
        out.put("costEffectiveness", costs);
        out.put("brief", Files.isRegularFile(folder.resolve("brief.html")));
        out.put("briefPdf", Files.isRegularFile(folder.resolve("brief.pdf")));
        return out;
    }

    private static Double number(String s) {
        if (s == null || s.isEmpty()) return null;
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A CSV file as cpsim writes it (output.Csv: RFC 4180, quotes only where needed). */
    record Table(List<String> header, List<List<String>> rows) {
        static Table read(Path file) throws IOException {
            List<List<String>> records = parse(Files.readString(file, StandardCharsets.UTF_8));
            if (records.isEmpty()) throw new IOException(file + " is empty");
            return new Table(records.get(0), records.subList(1, records.size()));
        }

        String get(List<String> row, String column) {
            int i = header.indexOf(column);
            return i < 0 || i >= row.size() ? "" : row.get(i);
        }

        private static List<List<String>> parse(String text) {
            List<List<String>> out = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') { field.append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else field.append(c);
                } else if (c == '"') quoted = true;
                else if (c == ',') { row.add(field.toString()); field.setLength(0); }
                else if (c == '\n') { row.add(field.toString()); field.setLength(0); out.add(row); row = new ArrayList<>(); }
                else if (c != '\r') field.append(c);
            }
            if (field.length() > 0 || !row.isEmpty()) { row.add(field.toString()); out.add(row); }
            return out;
        }
    }
}
