package org.cpsim.experiments.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code sensitivity.csv} from {@code cpsim sensitivity}: for each outcome and parameter, the indices
 * of a method (Morris elementary effects: mu_star, sigma; Sobol: first-order and total) with their
 * 95% intervals and the parameter's rank.
 */
final class SensitivityTable {
    static final String FILE_NAME = "sensitivity.csv";

    record Index(String outcome, String parameter, String method, String index, Estimate value, int rank) {}

    /** Which index ranks parameters by importance, best first: Morris mu*, then Sobol total effect. */
    private static final List<String> RANKING_INDICES = List.of("mu_star", "mu*", "mustar", "total", "st", "s_t", "total_order", "s1", "first");

    private final List<Index> rows;

    private SensitivityTable(List<Index> rows) { this.rows = List.copyOf(rows); }

    static SensitivityTable read(Path file) {
        CsvTable csv = CsvTable.read(file);
        csv.require("outcome", "parameter", "method", "index", "value", "ci_low", "ci_high");
        int outcome = csv.column("outcome"), parameter = csv.column("parameter"), method = csv.column("method"), index = csv.column("index");
        int value = csv.column("value"), low = csv.column("ci_low"), high = csv.column("ci_high");
        int rank = csv.has("rank") ? csv.column("rank") : -1;
        List<Index> rows = new ArrayList<>();
        for (CsvTable.Row r : csv.rows()) {
            rows.add(new Index(csv.text(r, outcome), csv.text(r, parameter), csv.text(r, method), csv.text(r, index),
                    new Estimate(csv.number(r, value), csv.number(r, low), csv.number(r, high)), rank < 0 ? -1 : csv.count(r, rank)));
        }
        return new SensitivityTable(rows);
    }

    List<String> outcomes() {
        Set<String> s = new LinkedHashSet<>();
        for (Index i : rows) s.add(i.outcome());
        return List.copyOf(s);
    }

    List<String> methods(String outcome) {
        Set<String> s = new LinkedHashSet<>();
        for (Index i : rows) if (i.outcome().equals(outcome)) s.add(i.method());
        return List.copyOf(s);
    }

    /** The index used to rank parameters for an outcome and method, or null if there is none. */
    String rankingIndex(String outcome, String method) {
        Set<String> present = new LinkedHashSet<>();
        for (Index i : rows) if (i.outcome().equals(outcome) && i.method().equals(method)) present.add(i.index());
        for (String preferred : RANKING_INDICES) {
            for (String p : present) if (p.toLowerCase(Locale.ROOT).equals(preferred)) return p;
        }
        return present.isEmpty() ? null : present.iterator().next();
    }

    /** Parameters by importance for an outcome and method: by rank if given, else by the index's value. */
    List<Index> ranking(String outcome, String method) {
        String index = rankingIndex(outcome, method);
        List<Index> out = new ArrayList<>();
        for (Index i : rows) if (i.outcome().equals(outcome) && i.method().equals(method) && i.index().equals(index)) out.add(i);
        out.sort((a, b) -> a.rank() > 0 && b.rank() > 0 ? Integer.compare(a.rank(), b.rank())
                : Double.compare(b.value().mean(), a.value().mean()));
        return out;
    }
}
