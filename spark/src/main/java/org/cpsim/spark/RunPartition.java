package org.cpsim.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.apache.spark.broadcast.Broadcast;
import org.cpsim.experiments.runner.LocalSweepExecutor;
import org.cpsim.experiments.runner.Outcomes;
import org.cpsim.experiments.runner.RunRecord;
import org.cpsim.experiments.runner.RunTask;

import scala.Function1;
import scala.collection.Iterator;

/**
 * On a worker: the runs of one partition, given as positions in the broadcast list of tasks, each
 * run by {@link LocalSweepExecutor#run}, the code the local executor runs, so a run gives the same
 * numbers wherever it runs. A Scala function because {@code SparkContext.submitJob}, the call that
 * hands each partition's result to the driver as soon as it is ready, takes one.
 */
final class RunPartition implements Function1<Iterator<Integer>, ArrayList<RunRecord>>, Serializable {
    private final Broadcast<List<RunTask>> tasks;
    private final Outcomes outcomes;

    RunPartition(Broadcast<List<RunTask>> tasks, Outcomes outcomes) {
        this.tasks = tasks;
        this.outcomes = outcomes;
    }

    @Override
    public ArrayList<RunRecord> apply(Iterator<Integer> positions) {
        ArrayList<RunRecord> records = new ArrayList<>();
        while (positions.hasNext()) records.add(LocalSweepExecutor.run(tasks.value().get(positions.next()), outcomes));
        return records;
    }
}
