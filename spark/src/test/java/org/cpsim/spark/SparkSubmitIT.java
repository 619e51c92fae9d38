package org.cpsim.spark;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.cpsim.experiments.cli.Cpsim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code target/cpsim-spark.jar} as a cluster gets it. Spark's own spark-submit code, with Spark's jars
 * on its class path as in a Spark installation, sends the jar, alone, to a {@code local-cluster} master:
 * a standalone master and worker whose executor is a JVM of its own that fetches the jar from the
 * driver. The sweep's {@code runs.csv} is the local executor's. Runs after {@code package} (failsafe),
 * since it needs the jar and {@code target/lib}.
 */
class SparkSubmitIT {
    @TempDir
    Path dir;

    @Test
    void aSweepSubmittedToAClusterWritesTheRunsOfALocalSweep() throws Exception {
        Path target = Path.of(System.getProperty("cpsim.sparkTarget", "target")).toAbsolutePath();
        Path home = sparkHome(target.resolve("lib"));
        // No lib/ beside the jar, as on a cluster: everything it needs is in it or in Spark.
        Path app = Files.createDirectories(dir.resolve("app")).resolve("cpsim-spark.jar");
        Files.copy(target.resolve("cpsim-spark.jar"), app);
        Path sweep = TinySweep.write(dir);

        assertEquals(0, Cpsim.commandLine(null, dir).execute("sweep", sweep.toString(), "--threads", "2", "--out", "local"));

        Path log = dir.resolve("spark-submit.log");
        ProcessBuilder submit = new ProcessBuilder(java(), "-cp", home.resolve("jars") + "/*",
                "org.apache.spark.deploy.SparkSubmit", "--master", "local-cluster[1,1,1024]", "--class", Cpsim.class.getName(), app.toString(),
                "sweep", sweep.toString(), "--executor", "spark", "--out", dir.resolve("cluster").toString())
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        submit.environment().put("SPARK_HOME", home.toString());
        submit.environment().put("JAVA_HOME", System.getProperty("java.home")); // the executor's JVM: this Java
        submit.environment().put("SPARK_SCALA_VERSION", "2.13"); // else Spark's launcher looks for a source build to learn it
        submit.environment().put("SPARK_LOCAL_IP", "127.0.0.1"); // master, worker and executor listen on loopback only
        Process p = submit.start();
        try {
            assertTrue(p.waitFor(5, TimeUnit.MINUTES), "spark-submit still running after 5 minutes: " + tail(log));
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), tail(log));
        // Spark logs where each task ran: "(executor 0)", not "(executor driver)", is the separate JVM.
        assertTrue(Files.readString(log).contains("(executor 0)"), "the runs ran in the executor's JVM: " + tail(log));
        assertArrayEquals(Files.readAllBytes(dir.resolve("local/runs.csv")), Files.readAllBytes(dir.resolve("cluster/runs.csv")));
    }

    /** A Spark installation made of the jars Maven fetched: RELEASE marks a distribution, whose class path is jars/. */
    private Path sparkHome(Path lib) throws IOException {
        Path home = dir.resolve("spark-home");
        Files.createDirectories(home.resolve("jars"));
        Files.writeString(home.resolve("RELEASE"), "Spark from spark/target/lib, for SparkSubmitIT\n");
        try (var jars = Files.list(lib)) {
            for (Path jar : jars.toList()) Files.createSymbolicLink(home.resolve("jars").resolve(jar.getFileName()), jar);
        }
        return home;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) return "(no log)";
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
