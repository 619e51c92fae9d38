package org.cpsim.experiments.sweep;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cpsim.experiments.runner.RunRecord;
import org.cpsim.experiments.runner.RunTask;
import org.cpsim.experiments.runner.SweepExecutor;

/**
 * Runs what a sweep has not yet finished and returns every run's outcomes, read back from the
 * journal: the results are the same whether the sweep ran at one go or was killed and resumed,
 * and whatever the executor or its threads.
 *
 * @param records every run, by point then replication
 * @param earlier runs finished by earlier processes (found in the journal)
 * @param now     runs done by this one
 */
public record SweepRun(List<RunRecord> records, int earlier, int now) {

    public static SweepRun run(SweepPlan plan, SweepFolder folder, SweepExecutor executor, SweepProgress progress) throws IOException {
        int outcomes = plan.spec().outcomes().size(), points = plan.points().size(), replications = plan.spec().replications();
        List<RunTask> tasks;
        int earlier;
        try (Journal journal = Journal.open(folder.journal(), outcomes, points, replications)) {
            Set<RunKey> finished = new HashSet<>(journal.records().keySet());
            earlier = finished.size();
            tasks = plan.tasks(finished);
            progress.started(earlier, plan.runs());
            int[] done = {earlier};
            executor.execute(tasks, plan.spec().outcomes(), r -> {
                // A finished run is never recorded twice.
                if (!finished.add(new RunKey(r.point(), r.replication()))) {
                    throw new IllegalStateException("the executor returned point " + r.point() + " replication " + r.replication() + " again");
                }
                journal.append(r);
                progress.done(++done[0]);
            });
        }
        List<RunRecord> all = Journal.read(folder.journal(), outcomes, points, replications);
        if (all.size() != plan.runs()) throw new IllegalStateException("the journal holds " + all.size() + " of " + plan.runs() + " runs after the executor finished");
        return new SweepRun(all, earlier, tasks.size());
    }
}
