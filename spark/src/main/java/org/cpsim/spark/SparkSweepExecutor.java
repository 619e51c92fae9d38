package org.cpsim.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.apache.spark.SimpleFutureAction;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.cpsim.experiments.runner.Outcomes;
import org.cpsim.experiments.runner.ResultSink;
import org.cpsim.experiments.runner.RunRecord;
import org.cpsim.experiments.runner.RunTask;
import org.cpsim.experiments.runner.SweepExecutor;

import scala.collection.immutable.Range;
import scala.runtime.BoxedUnit;

/**
 * Runs a sweep's tasks as one Spark job, a partition per run: a cluster then balances runs of uneven
 * length, and each run reaches the sweep's journal as soon as it finishes, so a sweep killed part-way
 * resumes as it does locally. The tasks travel once, as a broadcast (Java serialization shares a point's
 * scenario among its replications); each worker runs a task exactly as the local executor does, so
 * {@code runs.csv} is byte-identical to a local sweep's.
 *
 * <p>Results arrive on Spark's scheduler thread and are queued; they reach the sink on the calling
 * thread, one at a time, as with the local executor.
 */
public final class SparkSweepExecutor implements SweepExecutor {
    /** How often the calling thread looks whether the job has ended without sending every result (it failed). */
    private static final long POLL_MILLIS = 200;

    private final int threads;
    private final Map<String, String> settings;

    /**
     * @param threads  a master {@code local[threads]} when neither the settings nor spark-submit name one
     * @param settings Spark settings ({@code spark.master}, {@code spark.executor.memory}, ...) over spark-submit's
     */
    public SparkSweepExecutor(int threads, Map<String, String> settings) {
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        this.threads = threads;
        this.settings = Map.copyOf(settings);
    }

    /** Spark's settings for this sweep: what spark-submit set (as spark.* system properties), then ours. */
    SparkConf conf() {
        SparkConf conf = new SparkConf();
        settings.forEach(conf::set);
        if (!conf.contains("spark.master")) conf.setMaster("local[" + threads + "]");
        conf.setIfMissing("spark.app.name", "cpsim sweep");
        // Runs and results are Serializable records, not registered with Kryo: whatever a cluster's default, Java serialization.
        conf.set("spark.serializer", "org.apache.spark.serializer.JavaSerializer");
        if (conf.get("spark.master").startsWith("local")) {
            // local[N] or local-cluster: all on this machine, so no web UI to start (it costs seconds), and nothing off it needs the driver.
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
        }
        return conf;
    }

    @Override
    public void execute(List<RunTask> tasks, Outcomes outcomes, ResultSink sink) throws IOException {
        // Resumed with nothing left to run: no need to start Spark.
        if (tasks.isEmpty()) return;
        try (JavaSparkContext spark = new JavaSparkContext(conf())) {
            Broadcast<List<RunTask>> shipped = spark.broadcast(new ArrayList<>(tasks));
            JavaRDD<Integer> positions = spark.parallelize(IntStream.range(0, tasks.size()).boxed().toList(), tasks.size());
            BlockingQueue<List<RunRecord>> finished = new LinkedBlockingQueue<>();
            SimpleFutureAction<BoxedUnit> job = spark.sc().submitJob(positions.rdd(), new RunPartition(shipped, outcomes),
                    new Range.Exclusive(0, tasks.size(), 1), // every partition
                    (partition, records) -> {
                        finished.add(records);
                        return BoxedUnit.UNIT;
                    },
                    () -> BoxedUnit.UNIT);
            try {
                deliver(tasks.size(), finished, job, sink);
            } catch (IOException | RuntimeException | Error e) {
                // A sink that cannot journal (disk full) stops the sweep: start no more runs.
                job.cancel();
                throw e;
            }
        }
    }

    /** Passes results to the sink as partitions finish; returns once all have, or throws the job's failure. */
    private static void deliver(int runs, BlockingQueue<List<RunRecord>> finished, SimpleFutureAction<BoxedUnit> job, ResultSink sink) throws IOException {
        int delivered = 0;
        try {
            while (delivered < runs) {
                List<RunRecord> records = finished.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (records != null) {
                    for (RunRecord r : records) sink.accept(r);
                    delivered += records.size();
                } else if (job.isCompleted() && finished.isEmpty()) {
                    break; // Spark queues every result before it marks the job done: this job failed.
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        await(job);
        if (delivered != runs) throw new IllegalStateException("the Spark job ended with " + delivered + " of " + runs + " runs");
    }

    /**
     * Throws the job's failure. A task's own exception (a run that failed in the model, naming its
     * point, replication and seed) is thrown as the local executor would throw it, with Spark's account
     * (which task, on which host, after how many attempts) attached.
     */
    private static void await(SimpleFutureAction<BoxedUnit> job) {
        try {
            job.get();
        } catch (Exception e) { // SparkException, which Scala does not declare
            // Waiting wraps the job's failure, which wraps the task's: unwrap to the task's own.
            Throwable spark = e;
            while (spark instanceof SparkException && spark.getCause() instanceof SparkException inner) spark = inner;
            if (spark instanceof SparkException && spark.getCause() instanceof RuntimeException task) {
                task.addSuppressed(spark);
                throw task;
            }
            throw new IllegalStateException("the Spark job failed: " + spark.getMessage(), e);
        }
    }
}
