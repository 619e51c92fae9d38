package org.cpsim.experiments.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far, beyond the model's own randomness, an authority's figure lies from the model's ({@code discrepancy.csv}
 * of a pooled calibration: {@code indicator,extra_sd,source}, the extra sd on the log scale that neither counting
 * noise nor the authority's levels explain). Read strictly: a bad row names the file, line and column.
 *
 * @param extraSd the extra sd of each observed indicator id (as the observed files spell it: {@code referrals})
 */
public record DiscrepancyFile(Path file, Map<String, Double> extraSd) {
    public static final String HEADER = "indicator,extra_sd,source";

    public DiscrepancyFile {
        extraSd = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(extraSd));
    }

    public static DiscrepancyFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException(new Origin(file.toString(), 0), "cannot read the discrepancy file: " + e.getMessage());
        }
        if (lines.isEmpty() || !ObservedData.parse(lines.get(0), file, 1).stream().map(String::strip).toList().equals(List.of("indicator", "extra_sd", "source"))) {
            throw new ScenarioException(new Origin(file.toString(), 1), "header", HEADER + " (discrepancy.csv of a pooled cpsim calibrate)",
                    lines.isEmpty() ? "an empty file" : lines.get(0));
        }
        Map<String, Double> sd = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            int line = i + 1;
            List<String> f = ObservedData.parse(lines.get(i), file, line).stream().map(String::strip).toList();
            if (f.size() != 3) throw new ScenarioException(new Origin(file.toString(), line), "row", "3 fields, as the header has", f.size() + " fields");
            if (f.get(0).isEmpty()) throw new ScenarioException(new Origin(file.toString(), line), "indicator", "an observed indicator id", "nothing");
            double v = PosteriorFile.number(f.get(1), file, line, "extra_sd");
            if (!(v >= 0) || Double.isInfinite(v)) throw new ScenarioException(new Origin(file.toString(), line), "extra_sd", "a number >= 0 (an sd on the log scale)", f.get(1));
            if (sd.put(f.get(0), v) != null) throw new ScenarioException(new Origin(file.toString(), line), "indicator", "each indicator once", f.get(0) + " again");
        }
        return new DiscrepancyFile(file, sd);
    }
}
