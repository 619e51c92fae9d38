package org.cpsim.experiments.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cpsim.model.metrics.Period;

/** {@code comparison.csv} from {@code cpsim compare}: paired differences of each variant from the baseline. */
final class ComparisonTable {
    static final String FILE_NAME = "comparison.csv";
    static final String[] COLUMNS = {"indicator", "period", "baseline", "variant", "baseline_mean", "variant_mean", "diff_mean",
            "diff_ci_low", "diff_ci_high", "n"};

    private final List<Difference> rows;

    private ComparisonTable(List<Difference> rows) { this.rows = List.copyOf(rows); }

    static ComparisonTable read(Path file) {
        CsvTable csv = CsvTable.read(file);
        csv.require(COLUMNS);
        int indicator = csv.column("indicator"), period = csv.column("period"), baseline = csv.column("baseline"), variant = csv.column("variant");
        int baselineMean = csv.column("baseline_mean"), variantMean = csv.column("variant_mean"), mean = csv.column("diff_mean");
        int low = csv.column("diff_ci_low"), high = csv.column("diff_ci_high"), n = csv.column("n");
        // Period kinds follow from the order of one series' labels (see PeriodLabels), so group first.
        Map<List<String>, List<CsvTable.Row>> series = new LinkedHashMap<>();
        for (CsvTable.Row r : csv.rows()) {
            series.computeIfAbsent(List.of(csv.text(r, baseline), csv.text(r, variant), csv.text(r, indicator)), k -> new ArrayList<>()).add(r);
        }
        List<Difference> out = new ArrayList<>();
        for (List<CsvTable.Row> rows : series.values()) {
            List<Period.Kind> kinds = PeriodLabels.classify(rows.stream().map(r -> csv.text(r, period)).toList());
            for (int k = 0; k < rows.size(); k++) {
                CsvTable.Row r = rows.get(k);
                out.add(new Difference(csv.text(r, indicator), csv.text(r, period), kinds.get(k), csv.text(r, baseline), csv.text(r, variant),
                        csv.number(r, baselineMean), csv.number(r, variantMean),
                        new Estimate(csv.number(r, mean), csv.number(r, low), csv.number(r, high)), csv.count(r, n)));
            }
        }
        return new ComparisonTable(out);
    }

    List<Difference> rows() { return rows; }

    /** The baseline scenarios, in file order (normally one). */
    List<String> baselines() {
        Set<String> names = new LinkedHashSet<>();
        for (Difference d : rows) names.add(d.baseline());
        return List.copyOf(names);
    }

    List<String> variants() {
        Set<String> names = new LinkedHashSet<>();
        for (Difference d : rows) names.add(d.variant());
        return List.copyOf(names);
    }

    /** The statistical years compared, earliest first. */
    List<String> years() {
        Set<String> years = new LinkedHashSet<>();
        for (Difference d : rows) if (d.kind() == Period.Kind.YEAR) years.add(d.period());
        List<String> sorted = new ArrayList<>(years);
        sorted.sort(Comparator.comparingInt(PeriodLabels::firstYear));
        return sorted;
    }

    Optional<Difference> find(String indicator, String period, Period.Kind kind, String variant) {
        for (Difference d : rows) {
            if (d.indicator().equals(indicator) && d.period().equals(period) && d.kind() == kind && d.variant().equals(variant)) return Optional.of(d);
        }
        return Optional.empty();
    }
}
