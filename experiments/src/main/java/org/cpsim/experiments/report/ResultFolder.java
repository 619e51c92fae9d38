package org.cpsim.experiments.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

/**
 * A folder of cpsim results and what it holds, told by the files present: a run or a comparison
 * (both have {@code summary.csv}; a comparison adds {@code comparison.csv}), a sweep, a sensitivity
 * analysis or a fit. One folder can be several kinds.
 */
record ResultFolder(Path path, Set<Kind> kinds) {

    enum Kind {
        RUN(SummaryTable.FILE_NAME),
        COMPARISON(ComparisonTable.FILE_NAME),
        SWEEP(SweepTable.FILE_NAME),
        SENSITIVITY(SensitivityTable.FILE_NAME),
        FIT(FitTable.FILE_NAME);

        private final String file;

        Kind(String file) { this.file = file; }

        String file() { return file; }
    }

    ResultFolder {
        kinds = Set.copyOf(kinds);
    }

    static ResultFolder of(Path path) {
        if (!Files.isDirectory(path)) throw new ReportInputException(path + ": not a folder (give a folder written by cpsim run, compare, sweep, sensitivity or calibrate)");
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (Kind k : Kind.values()) if (Files.isRegularFile(path.resolve(k.file()))) kinds.add(k);
        if (kinds.isEmpty()) {
            throw new ReportInputException(path + ": no cpsim results here (expected one of summary.csv, comparison.csv, points.csv, sensitivity.csv, fit.csv)");
        }
        return new ResultFolder(path, kinds);
    }

    boolean is(Kind kind) { return kinds.contains(kind); }

    Path file(Kind kind) { return path.resolve(kind.file()); }
}
