package org.cpsim.experiments.explore;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.runner.ReplicationExecutor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Bad input over HTTP: each request is refused with a clear 4xx (and, for a form field, the field
 * named), and nothing at all is written under output/. No request here gets as far as running the
 * model, so the executor fails the test if it is ever called.
 */
class ExploreBadInputTest {
    static final ReplicationExecutor MUST_NOT_RUN = (scenario, seed, replications, threads, onDone) -> {
        throw new AssertionError("a refused request ran the model");
    };
    static final String GOOD = "{\"scenario\":\"england-baseline\",\"name\":\"v\",\"replications\":3,\"years\":2,\"levers\":{\"earlyHelp\":150}}";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path root;
    static ExploreFixture explorer;

    @BeforeAll
    static void start() throws IOException {
        explorer = new ExploreFixture(root, MUST_NOT_RUN, ExploreFixture.limits());
    }

    @AfterAll
    static void stop() { explorer.close(); }

    @AfterEach
    void nothingWritten() throws IOException {
        assertEquals(List.of(), explorer.outputTree(), "a refused request wrote under output/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-scenario", "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "/etc/passwd", "england-baseline/../../../etc/passwd",
            "sweeps/early-help-by-regime", "scenarios/england-baseline", "england-baseline.yaml", "%2e%2e/%2e%2e/etc/passwd", "C:\\\\Windows\\\\win.ini"})
    void anUnknownOrTraversingScenarioIsNotFound(String id) throws Exception {
        HttpResponse<String> run = explorer.post("/api/runs", GOOD.replace("england-baseline", id));
        assertError(run, 404, "scenario", "no scenario");
        HttpResponse<String> show = explorer.get("/api/scenario?id=" + java.net.URLEncoder.encode(id, java.nio.charset.StandardCharsets.UTF_8));
        assertError(show, 404, "scenario", "no scenario");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /runs/../../etc/passwd HTTP/1.1", "GET /runs/..%2F..%2Fetc%2Fpasswd/zip HTTP/1.1", "GET /runs/%2e%2e/zip HTTP/1.1",
            "GET /api/runs/..%2F..%2Fpom.xml/results HTTP/1.1", "GET /runs/.%2e/brief.html HTTP/1.1", "GET /assets/..%2F..%2F..%2Fpom.xml HTTP/1.1",
            "GET /assets/../../../etc/passwd HTTP/1.1", "GET /runs/variants/zip HTTP/1.1", "GET /runs/README.md/zip HTTP/1.1",
            "GET /api/runs/%00/results HTTP/1.1", "POST /api/runs/..%2F..%2Fetc/brief HTTP/1.1"})
    void aPathThatTriesToLeaveItsFolderIsRefused(String requestLine) throws IOException {
        String status = explorer.raw(requestLine, "127.0.0.1:" + explorer.port);
        int code = Integer.parseInt(status.split(" ")[1]);
        assertTrue(code >= 400 && code < 500, requestLine + " -> " + status);
    }

    @Test
    void aFileUnderOutputIsNotServedByName() throws Exception {
        // output/README.md is a file, not a run; a run id never reaches the file system unchecked.
        java.nio.file.Files.createDirectories(root.resolve("output"));
        java.nio.file.Files.writeString(root.resolve("output/README.md"), "not a run");
        try {
            assertError(explorer.get("/runs/README.md/zip"), 404, null, "no finished run");
            assertError(explorer.get("/api/runs/README.md/results"), 404, null, "no finished run");
        } finally {
            java.nio.file.Files.delete(root.resolve("output/README.md"));
            java.nio.file.Files.delete(root.resolve("output"));
        }
    }

    @Test
    void malformedJsonIsRefused() throws Exception {
        assertError(explorer.post("/api/runs", "{\"scenario\": "), 400, null, "not valid JSON");
        assertError(explorer.post("/api/runs", "[1,2,3]"), 400, null, "JSON object");
        assertError(explorer.post("/api/runs", ""), 400, null, "JSON");
        assertError(explorer.post("/api/runs", GOOD.replace("\"years\"", "\"path\":\"/etc\",\"years\"")), 400, null, "unknown field 'path'");
    }

    @Test
    void malformedValuesAreNamedByTheirField() throws Exception {
        assertError(explorer.post("/api/runs", GOOD.replace("\"replications\":3", "\"replications\":\"ten\"")), 400, "replications", "whole number");
        assertError(explorer.post("/api/runs", GOOD.replace("\"replications\":3", "\"replications\":1")), 400, "replications", "from 2 to 5");
        assertError(explorer.post("/api/runs", GOOD.replace("\"replications\":3", "\"replications\":1000000")), 400, "replications", "from 2 to 5");
        assertError(explorer.post("/api/runs", GOOD.replace("\"replications\":3", "\"replications\":2.5")), 400, "replications", "whole number");
        assertError(explorer.post("/api/runs", GOOD.replace("\"years\":2", "\"years\":-1")), 400, "years", "whole number");
        assertError(explorer.post("/api/runs", GOOD.replace("150", "1000")), 400, "earlyHelp", "from 0 to 300");
        assertError(explorer.post("/api/runs", GOOD.replace("150", "\"lots\"")), 400, "earlyHelp", "a number");
        assertError(explorer.post("/api/runs", GOOD.replace("\"earlyHelp\":150", "\"caseloadCap\":12.5")), 400, "caseloadCap", "whole number");
        assertError(explorer.post("/api/runs", GOOD.replace("\"earlyHelp\":150", "\"regime\":\"none\"")), 400, "regime", "'prescribed' or 'local_framework'");
        assertError(explorer.post("/api/runs", GOOD.replace("\"earlyHelp\":150", "\"regime\":\"local_framework\",\"regimeDate\":\"next week\"")), 400, "regimeDate", "YYYY-MM-DD");
        assertError(explorer.post("/api/runs", GOOD.replace("\"earlyHelp\":150", "\"regime\":\"local_framework\"")), 400, "regimeDate", "YYYY-MM-DD");
        assertError(explorer.post("/api/runs", GOOD.replace("\"earlyHelp\":150", "\"need.escalation\":2")), 400, null, "unknown lever");
        assertError(explorer.post("/api/runs", GOOD.replace("\"name\":\"v\"", "\"name\":\"../../evil\"")), 400, "name", "lower-case letters");
        assertError(explorer.post("/api/runs", GOOD.replace("\"name\":\"v\"", "\"name\":\"<script>alert(1)</script>\"")), 400, "name", "lower-case letters");
        assertError(explorer.post("/api/runs", GOOD.replace("\"name\":\"v\"", "\"name\":\"england-baseline\"")), 400, "name", "a name of its own");
        assertError(explorer.post("/api/runs", GOOD.replace("\"name\":\"v\"", "\"name\":\"v\",\"description\":\"two\\nlines\"")), 400, "description", "one line");
    }

    @Test
    void anOversizedRequestIsRefused() throws Exception {
        String big = GOOD.replace("\"name\":\"v\"", "\"name\":\"v\",\"description\":\"" + "x".repeat(40_000) + "\"");
        HttpResponse<String> r = explorer.post("/api/runs", big);
        assertEquals(413, r.statusCode(), r.body());
    }

    @Test
    void onlyJsonFromThisOriginOnThisHostIsAccepted() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var plain = java.net.http.HttpRequest.newBuilder(explorer.uri("/api/runs")).header("Content-Type", "text/plain")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(GOOD)).build();
        assertError(http.send(plain, HttpResponse.BodyHandlers.ofString()), 415, null, "send JSON");
        var foreign = java.net.http.HttpRequest.newBuilder(explorer.uri("/api/runs")).header("Content-Type", "application/json")
                .header("Origin", "http://evil.example").POST(java.net.http.HttpRequest.BodyPublishers.ofString(GOOD)).build();
        assertError(http.send(foreign, HttpResponse.BodyHandlers.ofString()), 403, null, "another site");
        // DNS rebinding: a page from evil.example resolved to 127.0.0.1 sends its own Host header.
        assertTrue(explorer.raw("GET /api/scenarios HTTP/1.1", "evil.example:" + explorer.port).contains(" 403 "));
        assertTrue(explorer.raw("GET /api/scenarios HTTP/1.1", "localhost:" + explorer.port).contains(" 200 "));
    }

    static void assertError(HttpResponse<String> r, int status, String field, String words) throws IOException {
        assertEquals(status, r.statusCode(), r.body());
        JsonNode body = JSON.readTree(r.body());
        assertTrue(body.path("error").asText().contains(words), "message '" + body.path("error").asText() + "' should say '" + words + "'");
        if (field != null) assertEquals(field, body.path("field").asText(), r.body());
    }
}
