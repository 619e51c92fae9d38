package org.cpsim.experiments.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything read from the results folders given to {@code cpsim brief} or {@code cpsim chart}: at
 * most one of each kind (a comparison, a sweep, a sensitivity analysis, a fit), with the summary and
 * manifest that came with the comparison (or with the first run folder when there is no comparison).
 */
final class Analysis {
    private final List<ResultFolder> folders;
    private final SummaryTable summary;
    private final ComparisonTable comparison;
    private final SweepTable sweep;
    private final SensitivityTable sensitivity;
    private final FitTable fit;
    private final ManifestInfo manifest;

    private Analysis(List<ResultFolder> folders, SummaryTable summary, ComparisonTable comparison, SweepTable sweep,
                     SensitivityTable sensitivity, FitTable fit, ManifestInfo manifest) {
        this.folders = List.copyOf(folders);
        this.summary = summary;
        this.comparison = comparison;
        this.sweep = sweep;
        this.sensitivity = sensitivity;
        this.fit = fit;
        this.manifest = manifest;
    }

    static Analysis read(List<Path> paths) {
        List<ResultFolder> folders = new ArrayList<>();
        for (Path p : paths) folders.add(ResultFolder.of(p));
        ResultFolder comparison = only(folders, ResultFolder.Kind.COMPARISON);
        ResultFolder sweep = only(folders, ResultFolder.Kind.SWEEP);
        ResultFolder sensitivity = only(folders, ResultFolder.Kind.SENSITIVITY);
        ResultFolder fit = only(folders, ResultFolder.Kind.FIT);
        ResultFolder run = comparison != null && comparison.is(ResultFolder.Kind.RUN) ? comparison : first(folders, ResultFolder.Kind.RUN);
        ResultFolder described = comparison != null ? comparison : run;
        return new Analysis(folders,
                run == null ? null : SummaryTable.read(run.file(ResultFolder.Kind.RUN)),
                comparison == null ? null : ComparisonTable.read(comparison.file(ResultFolder.Kind.COMPARISON)),
                sweep == null ? null : SweepTable.read(sweep.file(ResultFolder.Kind.SWEEP)),
                sensitivity == null ? null : SensitivityTable.read(sensitivity.file(ResultFolder.Kind.SENSITIVITY)),
                fit == null ? null : FitTable.read(fit.file(ResultFolder.Kind.FIT)),
                described == null ? ManifestInfo.absent() : ManifestInfo.readFolder(described.path()));
    }

    /** The one folder of a kind; two would leave the brief unsure which to report. */
    private static ResultFolder only(List<ResultFolder> folders, ResultFolder.Kind kind) {
        List<ResultFolder> matching = folders.stream().filter(f -> f.is(kind)).toList();
        if (matching.size() > 1) {
            throw new ReportInputException("two folders hold " + kind.file() + " (" + matching.get(0).path() + ", " + matching.get(1).path()
                    + "); give one of each kind");
        }
        return matching.isEmpty() ? null : matching.get(0);
    }

    private static ResultFolder first(List<ResultFolder> folders, ResultFolder.Kind kind) {
        return folders.stream().filter(f -> f.is(kind)).findFirst().orElse(null);
    }

    List<ResultFolder> folders() { return folders; }

    Optional<SummaryTable> summary() { return Optional.ofNullable(summary); }

    Optional<ComparisonTable> comparison() { return Optional.ofNullable(comparison); }

    Optional<SweepTable> sweep() { return Optional.ofNullable(sweep); }

    Optional<SensitivityTable> sensitivity() { return Optional.ofNullable(sensitivity); }

    Optional<FitTable> fit() { return Optional.ofNullable(fit); }

    ManifestInfo manifest() { return manifest; }
}
