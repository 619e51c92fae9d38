package org.cpsim.experiments.explore;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.runner.ReplicationExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs as the server keeps them: one at a time (a second is refused with 429 and nothing written for
 * it), surviving the page (nobody watches this one), listed again by a restarted server, and the live
 * view's months are replication 1 of the variant as metrics.csv has it.
 */
class ExploreRunsTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String REQUEST = "{\"scenario\":\"england-baseline\",\"name\":\"NAME\",\"replications\":2,\"years\":1,\"levers\":{\"caseloadCap\":20}}";

    @TempDir
    Path root;

    @Test
    void oneRunAtATimeListedAgainAfterARestartWithTheLiveMonthsFromMetricsCsv() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        ReplicationExecutor held = (scenario, seed, replications, threads, onDone) -> {
            try {
                assertTrue(release.await(2, TimeUnit.MINUTES), "the test never let the run go");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return ReplicationExecutor.LOCAL.run(scenario, seed, replications, threads, onDone);
        };
        String id;
        try (ExploreFixture explorer = new ExploreFixture(root, held, ExploreFixture.limits())) {
            var first = explorer.post("/api/runs", REQUEST.replace("NAME", "cap-20"));
            assertEquals(202, first.statusCode(), first.body());
            id = JSON.readTree(first.body()).path("id").asText();
            var second = explorer.post("/api/runs", REQUEST.replace("NAME", "cap-20-again"));
            assertEquals(429, second.statusCode(), second.body());
            assertTrue(JSON.readTree(second.body()).path("error").asText().contains("--max-runs"), second.body());
            // The first run's own folder appears when its thread gets to it; nothing may bear the refused one's name.
            assertTrue(explorer.outputTree().stream().noneMatch(p -> p.contains("cap-20-again")), "the refused run wrote something: " + explorer.outputTree());
            release.countDown();
            JsonNode progress = null;
            for (int i = 0; i < 600; i++) {
                progress = JSON.readTree(explorer.get("/api/runs/" + id).body());
                if (!progress.path("state").asText().equals("running")) break;
                Thread.sleep(500);
            }
            assertEquals("done", progress.path("state").asText(), progress.toString());
            assertEquals(4, progress.path("done").asInt());
        }

        // A new server over the same folder: the finished run is listed and its results read from the files.
        try (ExploreFixture restarted = new ExploreFixture(root, ReplicationExecutor.LOCAL, ExploreFixture.limits())) {
            JsonNode runs = JSON.readTree(restarted.get("/api/runs").body()).path("runs");
            assertEquals(1, runs.size(), runs.toString());
            assertEquals(id, runs.get(0).path("id").asText());
            assertEquals("cap-20", runs.get(0).path("variant").asText());
            JsonNode results = JSON.readTree(restarted.get("/api/runs/" + id + "/results").body());
            assertEquals(List.of("england-baseline", "cap-20"), List.of(results.path("scenarios").get(0).asText(), results.path("scenarios").get(1).asText()));
            assertEquals(10, results.path("differences").size(), "every headline difference for the last year");
            var zip = restarted.get("/runs/" + id + "/zip");
            assertEquals(200, zip.statusCode());
            assertTrue(zip.body().startsWith("PK"), "a zip");
            var brief = restarted.post("/api/runs/" + id + "/brief", "{}");
            assertEquals(200, brief.statusCode(), brief.body());
            var html = restarted.get(JSON.readTree(brief.body()).path("html").asText());
            assertEquals(200, html.statusCode());
            assertTrue(html.body().contains("cap-20"), "the brief names the variant");
            assertTrue(Files.isRegularFile(root.resolve("output").resolve(id).resolve("brief.html")));
            JsonNode pdf = JSON.readTree(brief.body()).path("pdf");
            if (!pdf.isNull()) assertEquals(200, restarted.get(pdf.asText()).statusCode());
        }
    }

    @Test
    void theLiveMonthsAreReplicationOneOfTheVariant() throws Exception {
        try (ExploreFixture explorer = new ExploreFixture(root, ReplicationExecutor.LOCAL, ExploreFixture.limits())) {
            var started = explorer.post("/api/runs", REQUEST.replace("NAME", "watched"));
            assertEquals(202, started.statusCode(), started.body());
            String id = JSON.readTree(started.body()).path("id").asText();
            // The months reach the page over the event stream: read it to its end (the run's), as a page would.
            var http = java.net.http.HttpClient.newHttpClient();
            var events = http.send(java.net.http.HttpRequest.newBuilder(explorer.uri("/api/runs/" + id + "/events")).header("Accept", "text/event-stream").build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            List<JsonNode> months = new java.util.ArrayList<>();
            String event = null;
            for (String line : events.body().lines().toList()) {
                if (line.startsWith("event: ")) event = line.substring(7);
                else if (line.startsWith("data: ") && "month".equals(event)) months.add(JSON.readTree(line.substring(6)));
            }
            assertTrue(events.body().contains("event: done"), events.body());
            // The stream ends only once the live view has every month of the one year reported.
            assertEquals(12, months.size(), "live months");
            Map<String, String> csv = new java.util.HashMap<>();
            for (String row : Files.readAllLines(root.resolve("output").resolve(id).resolve("metrics.csv"), StandardCharsets.UTF_8)) {
                String[] f = row.split(",", -1);
                if (f[0].equals("watched") && f[1].equals("0")) csv.put(f[2] + " " + f[3], f[4]);
            }
            for (JsonNode m : months) {
                for (org.cpsim.model.metrics.Indicator indicator : RunJob.LIVE) {
                    String idOf = indicator.id();
                    JsonNode v = m.path(idOf);
                    String expected = csv.get(m.path("period").asText() + " " + idOf);
                    if (v.isNull()) assertTrue(expected == null || expected.isEmpty(), idOf);
                    else assertEquals(Double.parseDouble(expected), v.asDouble(), 1e-6 * Math.max(1, Math.abs(v.asDouble())), m.path("period") + " " + idOf);
                }
            }
        }
    }
}
