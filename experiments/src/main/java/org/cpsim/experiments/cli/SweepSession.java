package org.cpsim.experiments.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.output.AtomicFile;
import org.cpsim.experiments.output.Json;
import org.cpsim.experiments.output.Provenance;
import org.cpsim.experiments.output.TextFile;
import org.cpsim.experiments.runner.SweepExecutor;
import org.cpsim.experiments.sweep.PointsCsv;
import org.cpsim.experiments.sweep.RunsCsv;
import org.cpsim.experiments.sweep.SweepFolder;
import org.cpsim.experiments.sweep.SweepManifest;
import org.cpsim.experiments.sweep.SweepPlan;
import org.cpsim.experiments.sweep.SweepRun;

/**
 * A planned sweep run in its folder, for {@code sweep} and {@code sensitivity}: resume or start,
 * run what is left, then write the results whole and mark the folder finished.
 */
final class SweepSession {
    /** Extra result files a command adds (sensitivity.csv), and what it records in the manifest. */
    interface Results {
        Map<String, AtomicFile.Content> files(SweepRun run) throws IOException;

        Map<String, Object> analysis();
    }

    static final Results NONE = new Results() {
        @Override public Map<String, AtomicFile.Content> files(SweepRun run) { return Map.of(); }
        @Override public Map<String, Object> analysis() { return Map.of(); }
    };

    private SweepSession() {}

    /** @return the finished runs, or null if the folder already held this sweep's results */
    static SweepRun run(SweepPlan plan, Path target, SweepExecutor executor, String executorName, int threads,
                        List<String> commandLine, PrintWriter err, Results results) throws IOException {
        for (String note : plan.notes()) err.println(note);
        err.flush();
        Provenance provenance = Provenance.begin(commandLine, plan.spec().seed(), plan.spec().replications(), threads);
        try (SweepFolder folder = SweepFolder.open(target, plan.identity(), SweepManifest.FILE_NAME)) {
            if (folder.state() == SweepFolder.State.COMPLETE) return null;
            SweepRun run;
            try (ConsoleProgress progress = ConsoleProgress.forConsole("runs")) {
                run = SweepRun.run(plan, folder, executor, progress);
            }
            Map<String, AtomicFile.Content> files = new LinkedHashMap<>();
            files.put(RunsCsv.FILE_NAME, TextFile.content(w -> RunsCsv.write(w, plan, run.records())));
            files.put(PointsCsv.FILE_NAME, TextFile.content(w -> PointsCsv.write(w, plan, run.records())));
            files.putAll(results.files(run));
            for (var f : files.entrySet()) folder.write(f.getKey(), f.getValue());
            List<String> names = new ArrayList<>(files.keySet());
            names.add(SweepManifest.FILE_NAME);
            SweepManifest manifest = new SweepManifest(provenance.finished(), plan, run, executorName, results.analysis(), names);
            folder.write(SweepManifest.FILE_NAME, Json.content(manifest.toMap()));
            folder.finish();
            return run;
        }
    }
}
