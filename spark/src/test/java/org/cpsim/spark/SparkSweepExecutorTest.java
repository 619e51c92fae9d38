package org.cpsim.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.spark.SparkConf;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.runner.LocalSweepExecutor;
import org.cpsim.experiments.runner.OutcomePeriod;
import org.cpsim.experiments.runner.Outcomes;
import org.cpsim.experiments.runner.RunRecord;
import org.cpsim.experiments.runner.RunTask;
import org.cpsim.model.config.Scenario;
import org.cpsim.model.metrics.Indicator;
import org.junit.jupiter.api.Test;

/** The executor's failures: it stops the job and throws what went wrong, as the local executor does. */
class SparkSweepExecutorTest {

    /** A tiny authority, so each run takes a few milliseconds. */
    static Scenario tiny() {
        Path baseline = Path.of(System.getProperty("cpsim.projectRoot", "..")).resolve("scenarios/england-baseline.yaml");
        return ScenarioLoader.load(baseline, List.of(
                new Assignment("population.children", "1000", "test"),
                new Assignment("calendar.reportingYears", "1", "test"),
                new Assignment("calendar.warmUpYears", "0", "test")), ScenarioLoader.Timeline.IGNORE).scenario();
    }

    static List<RunTask> tasks(int n) {
        Scenario s = tiny();
        List<RunTask> tasks = new ArrayList<>();
        for (int r = 0; r < n; r++) tasks.add(new RunTask(0, r, s, 1));
        return tasks;
    }

    @Test
    void theMasterIsLocalOnTheSweepsThreadsUnlessOneIsGivenAndSerializationIsJavas() {
        SparkConf local = new SparkSweepExecutor(3, Map.of()).conf();
        assertEquals("local[3]", local.get("spark.master"));
        assertEquals("false", local.get("spark.ui.enabled"), "no web UI for a run on this machine");
        assertEquals("127.0.0.1", local.get("spark.driver.bindAddress"));

        SparkConf cluster = ((SparkSweepExecutor) new SparkSweepExecutorFactory().create(3, Map.of("master", "spark://head:7077",
                "spark.executor.memory", "4g", "spark.serializer", "org.apache.spark.serializer.KryoSerializer"))).conf();
        assertEquals("spark://head:7077", cluster.get("spark.master"));
        assertEquals("4g", cluster.get("spark.executor.memory"));
        assertFalse(cluster.contains("spark.ui.enabled"), "a cluster's UI is left as the cluster sets it");
        assertFalse(cluster.contains("spark.driver.bindAddress"));
        assertEquals("org.apache.spark.serializer.JavaSerializer", cluster.get("spark.serializer"));
    }

    @Test
    void aSinkThatFailsStopsTheJobAndItsErrorReachesTheCaller() {
        List<RunRecord> kept = new ArrayList<>();
        IOException full = new IOException("disk full");
        IOException thrown = assertThrows(IOException.class, () -> new SparkSweepExecutor(2, Map.of()).execute(tasks(8),
                new Outcomes(List.of(Indicator.REFERRALS), new OutcomePeriod.LastYear()), r -> {
                    if (!kept.isEmpty()) throw full;
                    kept.add(r);
                }));
        assertSame(full, thrown);
        assertEquals(1, kept.size(), "what the sink took before it failed");
    }

    @Test
    void aRunThatFailsOnAWorkerIsReportedAsTheLocalExecutorReportsIt() {
        // A statistical year the scenario does not report: reading the outcome fails on the worker.
        Outcomes missingYear = new Outcomes(List.of(Indicator.REFERRALS), new OutcomePeriod.Year("1999-00"));
        List<RunTask> one = tasks(1);
        IllegalStateException local = assertThrows(IllegalStateException.class,
                () -> new LocalSweepExecutor(1).execute(one, missingYear, r -> fail("no result expected")));
        IllegalStateException spark = assertThrows(IllegalStateException.class,
                () -> new SparkSweepExecutor(1, Map.of()).execute(one, missingYear, r -> fail("no result expected")));
        assertEquals("design point 0, replication 0 (seed 1) failed in the model", local.getMessage());
        assertEquals(local.getMessage(), spark.getMessage());
        assertEquals("no period 1999-00", spark.getCause().getMessage(), "the model's own error, from the worker");
        assertTrue(spark.getSuppressed().length == 1 && spark.getSuppressed()[0].getMessage().contains("Job aborted"),
                "Spark's account of the failure is attached");
    }
}
