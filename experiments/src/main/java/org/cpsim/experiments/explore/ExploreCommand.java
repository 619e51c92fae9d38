package org.cpsim.experiments.explore;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.cpsim.experiments.runner.ReplicationExecutor;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code cpsim explore}: a local web page to choose a scenario, move its levers, compare and read the answer. */
@Command(name = "explore",
        header = "A local web page: change levers, compare, read the answer.",
        mixinStandardHelpOptions = true,
        description = {"Start a local web explorer: pick a scenario from scenarios/, see its values and their sources, move the levers "
                + "(early help, assessment regime, caseload cap, funded posts, retention), run a paired comparison exactly as cpsim compare "
                + "does, watch it, and read the charts, the paired differences and the cost-effectiveness; make the brief and a zip.",
                "Listens on 127.0.0.1 and a free port unless told otherwise, prints the address, and runs until stopped (Ctrl-C). "
                        + "Writes only under output/: each variant as a scenario file in output/variants/, each comparison in its own folder."},
        footer = {"", "Examples:",
                "  cpsim explore",
                "  cpsim explore --port 8080 --open",
                "  cpsim explore --max-replications 100 --max-runs 2"})
public final class ExploreCommand implements Callable<Integer> {
    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only). Anything else lets other machines run the model.")
    String host;

    @Option(names = "--port", paramLabel = "N", defaultValue = "0", description = "Port (default: a free one).")
    int port;

    @Option(names = "--open", description = "Open the page in the desktop's browser.")
    boolean open;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "The folder holding scenarios/ and output/ (default: the current one).")
    Path dir;

    @Option(names = "--max-replications", paramLabel = "N", defaultValue = "50", description = "Most replications one comparison may ask for (default: ${DEFAULT-VALUE}).")
    int maxReplications;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "1", description = "Comparisons running at once (default: ${DEFAULT-VALUE}; each uses every core).")
    int maxRuns;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads per comparison (default: all cores).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(dir.resolve("scenarios"))) {
            throw new ParameterException(spec.commandLine(), "no scenarios/ folder in " + dir.toAbsolutePath().normalize()
                    + ": run cpsim explore from the project folder, or give --dir");
        }
        if (port < 0 || port > 65535) throw new ParameterException(spec.commandLine(), "--port must be from 0 to 65535, got " + port);
        if (maxReplications < 2) throw new ParameterException(spec.commandLine(), "--max-replications must be at least 2, got " + maxReplications);
        if (maxRuns < 1) throw new ParameterException(spec.commandLine(), "--max-runs must be at least 1, got " + maxRuns);
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threadCount);

        Runs runs = new Runs(dir, ReplicationExecutor.LOCAL, new Runs.Limits(maxReplications, maxRuns, threadCount));
        ExploreServer server = new ExploreServer(runs, host);
        int bound;
        try {
            bound = server.start(port);
        } catch (RuntimeException e) {
            server.close();
            throw new ParameterException(spec.commandLine(), "cannot listen on " + host + ":" + port + ": " + rootMessage(e));
        }
        String address = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + bound + "/";
        PrintWriter out = spec.commandLine().getOut();
        out.println("cpsim explore: " + address + "  (Ctrl-C to stop; finished runs stay in output/)");
        out.flush();
        if (open) openInBrowser(address, spec.commandLine().getErr());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "cpsim-explore-stop"));
        stopped.await();
        return 0;
    }

    /** Only when asked (--open): the desktop's opener, which may not exist on a server; then the address is enough. */
    private static void openInBrowser(String address, PrintWriter err) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        String[] command = os.contains("mac") ? new String[] {"open", address}
                : os.contains("win") ? new String[] {"rundll32", "url.dll,FileProtocolHandler", address} : new String[] {"xdg-open", address};
        try {
            new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            err.println("could not open a browser (" + command[0] + "): open " + address + " yourself");
            err.flush();
        }
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }
}
