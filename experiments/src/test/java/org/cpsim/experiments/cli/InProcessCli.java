package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.cpsim.experiments.runner.ReplicationExecutor;

import picocli.CommandLine;

/** The cpsim command run in-process in a folder, with its exit code and what it printed. */
final class InProcessCli {
    record Outcome(int code, String out, String err) {}

    /** An executor that runs no model: {@link FakeResults} for each replication, progress reported as it goes. */
    static final ReplicationExecutor FAKE = (scenario, seed, replications, threads, onDone) -> {
        for (int r = 1; r <= replications; r++) onDone.accept(r);
        return FakeResults.results(scenario, seed, replications);
    };

    private InProcessCli() {}

    static Outcome run(ReplicationExecutor executor, Path dir, String... args) {
        CommandLine cl = Cpsim.commandLine(executor, dir);
        StringWriter out = new StringWriter(), err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Outcome(code, out.toString(), err.toString());
    }
}
