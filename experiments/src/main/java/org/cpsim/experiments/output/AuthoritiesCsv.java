package org.cpsim.experiments.output;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/**
 * Each authority's own indicators in a multi-authority run (statistical years only, to keep 152
 * authorities readable): {@code authority,replication,period,indicator,value}. National figures are in
 * metrics.csv as for any run.
 */
public final class AuthoritiesCsv {
    public static final String FILE_NAME = "authorities.csv";
    public static final String HEADER = "authority,replication,period,indicator,value";

    private AuthoritiesCsv() {}

    /** Writes the file if any result has authorities; returns whether it did. */
    public static boolean writeIfAny(Path file, List<RunResult> results) throws IOException {
        if (results.stream().allMatch(r -> r.authorities().isEmpty())) return false;
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER + "\n");
            Indicator[] indicators = Indicator.values();
            for (RunResult r : results.stream().sorted(Comparator.comparingInt(RunResult::replication)).toList()) {
                String replication = Integer.toString(r.replication());
                for (RunResult a : r.authorities()) {
                    String authority = Csv.text(a.scenario());
                    for (int p = 0; p < a.periods().size(); p++) {
                        Period period = a.periods().get(p);
                        if (period.kind() != Period.Kind.YEAR) continue;
                        for (Indicator i : indicators) {
                            out.write(Csv.row(authority, replication, Csv.text(period.label()), i.id(), Csv.number(a.value(p, i))));
                        }
                    }
                }
            }
        }
        return true;
    }
}
