package org.cpsim.experiments.cli;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.cpsim.experiments.runner.ReplicationExecutor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import picocli.CommandLine;

/** Every verb that writes: an --out that cannot be written is a user error, exit 2, one line, no work done (issue 16). */
class UnwritableOutTest {
    @TempDir
    Path dir;

    /** Each verb that takes --out, with just enough arguments to parse; the check comes before the files are read. */
    @ParameterizedTest
    @ValueSource(strings = {"run s.yaml", "compare a.yaml b.yaml", "sweep s.yaml", "sensitivity s.yaml --method morris",
            "fit s.yaml --observed o.csv", "calibrate c.yaml", "replay --all", "chart results", "brief results", "verify"})
    void anUnwritableOutIsOneLineAndExitTwo(String verb) throws Exception {
        Files.writeString(dir.resolve("a-file"), "not a folder");
        List<String> targets = new ArrayList<>(List.of(dir.resolve("a-file").resolve("out").toString()));
        if (Files.isDirectory(Path.of("/proc/self"))) targets.add("/proc/cpsim-cannot-write-here"); // the issue's own example
        for (String target : targets) {
            List<String> args = new ArrayList<>(List.of(verb.split(" ")));
            args.add("--out");
            args.add(target);
            ReplicationExecutor mustNotRun = (scenario, seed, replications, threads, onDone) -> fail("ran before checking --out");
            CommandLine cl = Cpsim.commandLine(mustNotRun, dir);
            StringWriter out = new StringWriter(), err = new StringWriter();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(err));
            int code = cl.execute(args.toArray(String[]::new));
            assertEquals(Cpsim.USER_ERROR, code, verb + " --out " + target + ": " + err);
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
            assertTrue(err.toString().startsWith("cannot write " + target + ": "), err.toString());
            assertFalse(err.toString().contains("Exception"), err.toString());
        }
    }
}
