package org.cpsim.experiments.explore;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;

import org.cpsim.experiments.report.Brief;
import org.cpsim.experiments.report.BriefOptions;
import org.cpsim.experiments.report.Chromium;
import org.cpsim.experiments.report.ReportInputException;

/**
 * The explorer's web server: the page, its scripts, and a small JSON API over the scenarios and the
 * comparisons ({@link Runs}). Javalin on Jetty, bound where it is told (loopback by default).
 *
 * <p>What keeps it safe on a shared machine: the browser names scenarios and runs by id, which are
 * looked up, never joined to a path; only files under output/ are written; requests are at most
 * {@link #MAX_BODY_BYTES}; a page from another site cannot drive it (a POST must be JSON from this
 * origin, and on loopback the Host header must be loopback, against DNS rebinding); and the page
 * loads nothing but its own files (Content-Security-Policy 'self').
 */
public final class ExploreServer implements AutoCloseable {
    /** Far above any form the page sends (a few hundred bytes), far below anything that could hurt. */
    static final long MAX_BODY_BYTES = 16 * 1024;
    /** How long an event stream waits for news before sending a keep-alive comment. */
    private static final long HEARTBEAT_MILLIS = 15_000;
    private static final String WEB = "cpsim-explore/";
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Runs runs;
    private final Javalin app;
    private final boolean loopbackOnly;
    private final Map<String, Asset> assets;

    private record Asset(String resource, String contentType) {}

    /**
     * @param host where to listen: loopback unless the user asked for more
     */
    public ExploreServer(Runs runs, String host) {
        this.runs = runs;
        this.loopbackOnly = LOOPBACK.contains(host);
        this.assets = assets();
        this.app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            c.http.maxRequestSize = MAX_BODY_BYTES;
            c.jetty.host = host;
            c.routes.before(this::guard);
            c.routes.get("/", ctx -> asset(ctx, "index.html"));
            c.routes.get("/assets/{name}", ctx -> asset(ctx, ctx.pathParam("name")));
            c.routes.get("/api/scenarios", this::scenarios);
            c.routes.get("/api/scenario", this::scenario);
            c.routes.get("/api/runs", ctx -> json(ctx, 200, Map.of("runs", runs.list(), "limits", limits())));
            c.routes.post("/api/runs", this::startRun);
            c.routes.get("/api/runs/{id}", ctx -> json(ctx, 200, runs.job(ctx.pathParam("id")).progress()));
            c.routes.sse("/api/runs/{id}/events", this::events);
            c.routes.get("/api/runs/{id}/results", ctx -> json(ctx, 200, ResultFiles.read(runs.folder(ctx.pathParam("id")))));
            c.routes.post("/api/runs/{id}/brief", this::brief);
            c.routes.get("/runs/{id}/brief.html", ctx -> file(ctx, runs.folder(ctx.pathParam("id")).resolve("brief.html"), "text/html; charset=utf-8"));
            c.routes.get("/runs/{id}/brief.pdf", ctx -> file(ctx, runs.folder(ctx.pathParam("id")).resolve("brief.pdf"), "application/pdf"));
            c.routes.get("/runs/{id}/zip", this::zip);
            c.routes.exception(BadRequest.class, (e, ctx) -> json(ctx, e.status, error(e.getMessage(), e.field)));
            c.routes.exception(Exception.class, (e, ctx) -> {
                e.printStackTrace(); // a bug: its stack trace goes to the terminal running the server
                json(ctx, 500, error("internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage(), null));
            });
        });
    }

    /** Starts listening; {@code port} 0 takes a free one. Returns the port. */
    public int start(int port) {
        app.start(port);
        // Loading every scenario takes a while the first time (there may be hundreds): start now, not when the page asks.
        Thread warm = new Thread(() -> runs.catalogue().list(), "cpsim-explore-catalogue");
        warm.setDaemon(true);
        warm.start();
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
        runs.close();
    }

    /** Before every request: the headers that keep the page to itself, and the checks that keep other sites out. */
    private void guard(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        String host = hostName(ctx.header("Host"));
        if (loopbackOnly && !LOOPBACK.contains(host)) {
            throw new BadRequest(403, null, "this explorer answers only to a loopback address (127.0.0.1 or localhost); start it with --host to serve others");
        }
        if (ctx.method().name().equals("POST")) {
            String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
            if (!type.startsWith("application/json")) throw new BadRequest(415, null, "send JSON (Content-Type: application/json)");
            String origin = ctx.header("Origin");
            if (origin != null && !origin.equals("http://" + ctx.header("Host"))) {
                throw new BadRequest(403, null, "a request from another site (" + Catalogue.shorten(origin) + ") is refused");
            }
            String length = ctx.header("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY_BYTES) {
                throw new BadRequest(413, null, "the request is larger than " + MAX_BODY_BYTES + " bytes");
            }
        }
    }

    private static String hostName(String hostHeader) {
        if (hostHeader == null) return "";
        if (hostHeader.startsWith("[")) {
            int end = hostHeader.indexOf(']');
            return end < 0 ? hostHeader : hostHeader.substring(0, end + 1);
        }
        int colon = hostHeader.lastIndexOf(':');
        return colon < 0 ? hostHeader : hostHeader.substring(0, colon);
    }

    private void scenarios(Context ctx) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Catalogue.Entry e : runs.catalogue().list()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", e.id());
            m.put("group", e.group());
            m.put("name", e.scenario().name());
            m.put("description", e.scenario().scenario().initial().description());
            list.add(m);
        }
        json(ctx, 200, Map.of("scenarios", list));
    }

    /** One scenario as validate shows it, with the levers. */
    private void scenario(Context ctx) {
        json(ctx, 200, ScenarioView.of(runs.catalogue().get(ctx.queryParam("id"))));
    }

    private void startRun(Context ctx) throws IOException {
        VariantRequest request = VariantRequest.parse(ctx.body(), runs.limits().maxReplications());
        RunJob job = runs.start(request);
        json(ctx, 202, job.progress());
    }

    /** Progress, then the live months, then the end: replayed from the start for a page that (re)connects. */
    private void events(SseClient client) {
        RunJob job;
        try {
            job = runs.job(client.ctx().pathParam("id"));
        } catch (BadRequest e) {
            client.sendEvent("gone", write(error(e.getMessage(), null)));
            client.close();
            return;
        }
        int sentMonths = 0, seen = -1;
        try {
            while (!client.terminated()) {
                int version = job.awaitChange(seen, HEARTBEAT_MILLIS);
                if (version == seen) {
                    client.sendComment("still running");
                    continue;
                }
                seen = version;
                // Asked before the months are read: once it is over, every month has been published.
                boolean over = job.over();
                List<Map<String, Object>> months = job.monthsFrom(sentMonths);
                for (Map<String, Object> month : months) client.sendEvent("month", write(month));
                sentMonths += months.size();
                client.sendEvent("progress", write(job.progress()));
                if (over) {
                    client.sendEvent(job.state() == RunJob.State.DONE ? "done" : "failed", write(job.progress()));
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            client.close();
        }
    }

    private void brief(Context ctx) throws IOException {
        Path folder = runs.folder(ctx.pathParam("id"));
        Path html = folder.resolve("brief.html");
        try {
            Brief.write(List.of(folder), new BriefOptions(null, null, List.of(), null, LocalDate.now()), html);
        } catch (ReportInputException e) {
            throw new BadRequest(422, null, e.getMessage());
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("html", "/runs/" + folder.getFileName() + "/brief.html");
        Optional<Chromium> chromium = Chromium.find();
        if (chromium.isPresent()) {
            Brief.printPdf(chromium.get(), html, folder.resolve("brief.pdf"));
            out.put("pdf", "/runs/" + folder.getFileName() + "/brief.pdf");
        } else {
            out.put("pdf", null);
            out.put("pdfMessage", "no PDF: headless Chromium is not installed on the machine running the explorer (apt-get install chromium)");
        }
        json(ctx, 200, out);
    }

    /** The whole output folder as one zip, streamed. */
    private void zip(Context ctx) throws IOException {
        Path folder = runs.folder(ctx.pathParam("id"));
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + folder.getFileName() + ".zip\"");
        List<Path> files;
        try (var walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        try (OutputStream raw = ctx.res().getOutputStream(); java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(raw)) {
            for (Path f : files) {
                zip.putNextEntry(new java.util.zip.ZipEntry(folder.getFileName() + "/" + folder.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, zip);
                zip.closeEntry();
            }
        }
    }

    private void asset(Context ctx, String name) throws IOException {
        Asset a = assets.get(name);
        if (a == null) throw BadRequest.notFound("no such file");
        try (InputStream in = ExploreServer.class.getClassLoader().getResourceAsStream(a.resource())) {
            if (in == null) throw new IllegalStateException("missing from the jar: " + a.resource());
            ctx.contentType(a.contentType()).result(in.readAllBytes());
        }
    }

    private static void file(Context ctx, Path f, String type) throws IOException {
        if (!Files.isRegularFile(f)) throw BadRequest.notFound("not made yet: press the button that makes it");
        ctx.contentType(type).result(Files.readAllBytes(f));
    }

    /** The page's own files, and uPlot from its WebJar (found by the version its Maven metadata gives). */
    private static Map<String, Asset> assets() {
        Map<String, Asset> m = new LinkedHashMap<>();
        m.put("index.html", new Asset(WEB + "index.html", "text/html; charset=utf-8"));
        m.put("explore.js", new Asset(WEB + "explore.js", "text/javascript; charset=utf-8"));
        m.put("explore.css", new Asset(WEB + "explore.css", "text/css; charset=utf-8"));
        String uplot = "META-INF/resources/webjars/uplot/" + webJarVersion("org.webjars.npm", "uplot") + "/dist/";
        m.put("uPlot.js", new Asset(uplot + "uPlot.iife.min.js", "text/javascript; charset=utf-8"));
        m.put("uPlot.css", new Asset(uplot + "uPlot.min.css", "text/css; charset=utf-8"));
        return Map.copyOf(m);
    }

    private static String webJarVersion(String group, String artifact) {
        String props = "META-INF/maven/" + group + "/" + artifact + "/pom.properties";
        try (InputStream in = ExploreServer.class.getClassLoader().getResourceAsStream(props)) {
            if (in == null) throw new IllegalStateException("the " + artifact + " WebJar is missing from the classpath (" + props + ")");
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> limits() {
        return Map.of("maxReplications", runs.limits().maxReplications(), "maxConcurrentRuns", runs.limits().maxConcurrentRuns());
    }

    private static Map<String, Object> error(String message, String field) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", message);
        m.put("field", field);
        return m;
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(write(body));
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
