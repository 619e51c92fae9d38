package org.cpsim.experiments.explore;

import static org.junit.jupiter.api.Assertions.*;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.cpsim.experiments.cli.Cpsim;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The verb on the command line: it is there, explains itself, and refuses bad arguments with exit 2 before listening. */
class ExploreCommandTest {
    @TempDir
    Path empty;

    @Test
    void explainsItselfAndRefusesBadArguments() {
        assertEquals(0, run("explore", "--help").code);
        assertTrue(run("explore", "--help").text.contains("127.0.0.1"));
        Result noScenarios = run("explore", "--dir", empty.toString());
        assertEquals(Cpsim.USER_ERROR, noScenarios.code);
        assertTrue(noScenarios.text.contains("no scenarios/ folder"), noScenarios.text);
        Path project = ExploreFixture.PROJECT;
        Result port = run("explore", "--dir", project.toString(), "--port", "70000");
        assertEquals(Cpsim.USER_ERROR, port.code);
        assertTrue(port.text.contains("--port must be from 0 to 65535"), port.text);
        Result reps = run("explore", "--dir", project.toString(), "--max-replications", "1");
        assertEquals(Cpsim.USER_ERROR, reps.code);
        assertTrue(reps.text.contains("--max-replications must be at least 2"), reps.text);
    }

    private record Result(int code, String text) {}

    private static Result run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Cpsim.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(out));
        int code = cl.execute(args);
        return new Result(code, out.toString());
    }
}
