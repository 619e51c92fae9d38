package org.cpsim.experiments.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.cpsim.experiments.runner.ReplicationExecutor;

/**
 * A project folder of the explorer's own for a test (a few of the real scenarios, an empty output/),
 * a server on a free loopback port over it, and plain HTTP to talk to it.
 */
final class ExploreFixture implements AutoCloseable {
    static final Path PROJECT = Path.of(System.getProperty("cpsim.projectRoot", ".."));
    static final List<String> SCENARIOS = List.of("england-baseline.yaml", "local-framework.yaml", "prescribed-throughout.yaml",
            "workforce/referrals-rise-30.yaml", "sweeps/early-help-by-regime.yaml");

    final Path root;
    final ExploreServer server;
    final int port;
    private final HttpClient http = HttpClient.newHttpClient();

    ExploreFixture(Path root, ReplicationExecutor executor, Runs.Limits limits) throws IOException {
        this.root = root;
        for (String s : SCENARIOS) {
            Path to = root.resolve("scenarios").resolve(s);
            if (Files.exists(to)) continue;
            Files.createDirectories(to.getParent());
            Files.copy(PROJECT.resolve("scenarios").resolve(s), to);
        }
        this.server = new ExploreServer(new Runs(root, executor, limits), "127.0.0.1");
        this.port = server.start(0);
    }

    static Runs.Limits limits() { return new Runs.Limits(5, 1, 2); }

    URI uri(String path) { return URI.create("http://127.0.0.1:" + port + path); }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * A request written byte for byte, as a hostile client would (HttpClient normalises some of what
     * is tested here): returns the status line.
     */
    String raw(String requestLine, String hostHeader) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((requestLine + "\r\nHost: " + hostHeader + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            return response.lines().findFirst().orElse("");
        }
    }

    /** Every file and folder under output/, for checking that a refused request wrote nothing. */
    List<String> outputTree() throws IOException {
        Path output = root.resolve("output");
        if (!Files.exists(output)) return List.of();
        try (Stream<Path> s = Files.walk(output)) {
            return s.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    @Override
    public void close() { server.close(); }
}
