package org.cpsim.experiments.explore;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.cpsim.experiments.compare.ComparisonCsv;
import org.cpsim.experiments.compare.ComparisonManifest;
import org.cpsim.experiments.compare.ComparisonRun;
import org.cpsim.experiments.io.Assignment;
import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;
import org.cpsim.experiments.output.OutputFolder;
import org.cpsim.experiments.runner.ReplicationExecutor;
import org.cpsim.model.Simulation;
import org.cpsim.model.metrics.RunResult;

/**
 * The comparisons: those running in this server, and every finished one in {@code output/} (a folder
 * with comparison.csv and manifest.json, made by the explorer or by {@code cpsim compare}), so a
 * restarted server lists them all again. Starting one checks the request and the variant completely
 * before anything is written; the variant file goes to {@code output/variants/} and the results to a
 * new folder under {@code output/}, which appears whole when the run ends.
 */
final class Runs implements AutoCloseable {
    /** A run's id is its folder's name: letters, digits, dots, hyphens and underscores, never a path. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,199}");
    static final String VARIANTS = "variants";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path root;
    private final Path output;
    private final Catalogue catalogue;
    private final ReplicationExecutor executor;
    private final Limits limits;
    private final ExecutorService comparisons;
    private final ExecutorService watchers;
    private final Map<String, RunJob> jobs = new ConcurrentHashMap<>();

    /** What one server allows: replications per scenario, comparisons at once, threads per comparison. */
    record Limits(int maxReplications, int maxConcurrentRuns, int threads) {
        Limits {
            if (maxReplications < 2 || maxConcurrentRuns < 1 || threads < 1) throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** @param root the folder holding scenarios/ and output/ */
    Runs(Path root, ReplicationExecutor executor, Limits limits) {
        this.root = root.toAbsolutePath().normalize();
        this.output = this.root.resolve("output");
        this.catalogue = new Catalogue(this.root.resolve("scenarios"));
        this.executor = executor;
        this.limits = limits;
        this.comparisons = Executors.newFixedThreadPool(limits.maxConcurrentRuns(), daemon("cpsim-explore-run"));
        this.watchers = Executors.newCachedThreadPool(daemon("cpsim-explore-watch"));
    }

    Catalogue catalogue() { return catalogue; }

    Limits limits() { return limits; }

    Path output() { return output; }

    /** Checks the request, writes the variant file and starts the comparison; throws {@link BadRequest} for anything the user must change. */
    synchronized RunJob start(VariantRequest request) throws IOException {
        Catalogue.Entry entry = catalogue.get(request.scenario());
        List<Assignment> years = request.years() == null ? List.of()
                : List.of(new Assignment("calendar.reportingYears", request.years().toString(), ScenarioLoader.COMMAND_LINE + " --years"));
        ResolvedScenario baseline;
        try {
            baseline = ScenarioLoader.load(entry.file(), years);
        } catch (ScenarioException e) {
            throw BadRequest.invalid("years", e.getMessage());
        }
        if (request.name().equals(baseline.name())) {
            throw BadRequest.invalid("name", "the variant needs a name of its own: the scenario is already called '" + baseline.name() + "'");
        }
        validate(request, entry, years);
        long running = jobs.values().stream().filter(j -> j.state() == RunJob.State.RUNNING).count();
        if (running >= limits.maxConcurrentRuns()) {
            throw new BadRequest(429, null, running + " comparison" + (running == 1 ? " is" : "s are") + " running, the most this server runs at once"
                    + " (cpsim explore --max-runs): wait for it to finish, then run again");
        }

        // Checked: now write, the variant first (the run reads it like any scenario file).
        String stamp = STAMP.format(LocalDateTime.now());
        Path variants = output.resolve(VARIANTS);
        Files.createDirectories(variants);
        Path variantPath = variants.resolve(request.name() + "-" + stamp + ".yaml");
        for (int n = 2; Files.exists(variantPath); n++) variantPath = variants.resolve(request.name() + "-" + stamp + "-" + n + ".yaml");
        VariantFile file = VariantFile.of(request, slashes(variants.relativize(entry.file())), entry.scenario(), root);
        Path partial = variants.resolve("." + variantPath.getFileName() + ".partial");
        Files.writeString(partial, file.text(), StandardCharsets.UTF_8);
        Files.move(partial, variantPath, StandardCopyOption.ATOMIC_MOVE);
        ResolvedScenario variant = ScenarioLoader.load(variantPath, years);

        Path target = OutputFolder.defaultFor(root, "explore-" + request.name(), LocalDateTime.now());
        List<String> command = new ArrayList<>(List.of("cpsim", "compare", slashes(root.relativize(entry.file())), slashes(root.relativize(variantPath)),
                "--replications", Integer.toString(request.replications()), "--seed", Long.toString(request.seed())));
        if (request.years() != null) command.addAll(List.of("--years", request.years().toString()));
        command.addAll(List.of("--out", slashes(root.relativize(target))));
        RunJob job = new RunJob(target.getFileName().toString(), target, baseline.name(), variant.name(), command);
        jobs.put(job.id, job);
        List<ResolvedScenario> pair = List.of(baseline, variant);
        // The year cpsim compare would choose for the same pair, so the two give the same files.
        ComparisonRun run = new ComparisonRun(pair, request.seed(), request.replications(), limits.threads(), command,
                org.cpsim.experiments.report.YearChoice.of(pair).year());
        // A scenario of several authorities has no one authority's months to show: no live view for it.
        boolean watched = Simulation.parts(variant.scenario()) == 1;
        if (watched) job.watchStarted();
        comparisons.submit(() -> {
            if (watched) watchers.submit(() -> watch(job, variant, request));
            try {
                run.writeTo(target, executor, job);
                job.finished();
            } catch (Throwable t) {
                job.failed(t.getClass().getSimpleName() + ": " + t.getMessage());
            }
        });
        return job;
    }

    /**
     * The variant file loaded exactly as {@code cpsim compare} would load it, from a throw-away copy
     * outside output/ (so a rejected variant leaves nothing behind); errors go beside the lever that
     * set the offending line.
     */
    private void validate(VariantRequest request, Catalogue.Entry entry, List<Assignment> years) throws IOException {
        VariantFile probe = VariantFile.of(request, entry.file().toString(), entry.scenario(), root);
        Path dir = Files.createTempDirectory("cpsim-explore-");
        Path f = dir.resolve(request.name() + ".yaml");
        try {
            Files.writeString(f, probe.text(), StandardCharsets.UTF_8);
            ScenarioLoader.load(f, years);
        } catch (ScenarioException e) {
            boolean ours = e.origin() != null && e.origin().file().equals(f.toString());
            String field = ours ? probe.fieldAt(e.origin().line()).orElse(null) : null;
            String where = e.origin() != null ? e.origin().toString() + ": " : "";
            String message = e.getMessage().startsWith(where) ? e.getMessage().substring(where.length()) : e.getMessage();
            throw BadRequest.invalid(field, (ours ? "" : "in the scenario: ") + message);
        } finally {
            Files.deleteIfExists(f);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * The live view: replication 1 of the variant, run on its own (it depends only on the scenario, the
     * seed and its number, so it is the same replication 1 as in metrics.csv). The model hands over a
     * replication's months when it ends, so they are replayed one by one, paced over about the time the
     * rest of the comparison needs.
     */
    private void watch(RunJob job, ResolvedScenario variant, VariantRequest request) {
        try {
            long t0 = System.nanoTime();
            RunResult r = Simulation.run(variant.scenario(), request.seed(), 0);
            double seconds = (System.nanoTime() - t0) / 1e9;
            List<Integer> months = new ArrayList<>();
            for (int p = 0; p < r.periods().size(); p++) if (r.periods().get(p).kind() == org.cpsim.model.metrics.Period.Kind.MONTH) months.add(p);
            double rest = seconds * 2 * request.replications() / limits.threads();
            long pace = Math.max(25, Math.min(250, Math.round(1000 * rest / Math.max(1, months.size()))));
            for (int p : months) {
                job.month(r.periods().get(p), r, p);
                // Once the comparison has ended there is nothing to wait for: the rest come at once.
                if (job.state() == RunJob.State.RUNNING) Thread.sleep(pace);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The live view is a view: the comparison itself reports any failure of the model.
        } finally {
            job.watchEnded();
        }
    }

    /** A running or finished run by id; a 404 for anything else (the id never becomes a path unchecked). */
    Path folder(String id) {
        if (id == null || !ID.matcher(id).matches()) throw BadRequest.notFound("no run '" + Catalogue.shorten(String.valueOf(id)) + "'");
        Path f = output.resolve(id).normalize();
        if (!f.getParent().equals(output) || !Files.isRegularFile(f.resolve(ComparisonCsv.FILE_NAME))) {
            throw BadRequest.notFound("no finished run '" + id + "' in output/");
        }
        return f;
    }

    RunJob job(String id) {
        RunJob j = id == null ? null : jobs.get(id);
        if (j == null) throw BadRequest.notFound("no run '" + Catalogue.shorten(String.valueOf(id)) + "' started by this server");
        return j;
    }

    /** Running ones first, then every finished comparison in output/, newest first. */
    List<Map<String, Object>> list() throws IOException {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RunJob j : jobs.values()) if (j.state() != RunJob.State.DONE) out.add(j.progress());
        if (!Files.isDirectory(output)) return out;
        List<Path> done;
        try (Stream<Path> s = Files.list(output)) {
            done = s.filter(p -> ID.matcher(p.getFileName().toString()).matches() && Files.isRegularFile(p.resolve(ComparisonCsv.FILE_NAME))
                    && Files.isRegularFile(p.resolve(ComparisonManifest.FILE_NAME))).toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<Map<String, Object>> finished = new ArrayList<>();
        for (Path p : done) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", p.getFileName().toString());
            m.put("state", "done");
            try {
                JsonNode manifest = json.readTree(p.resolve(ComparisonManifest.FILE_NAME).toFile());
                m.put("baseline", manifest.path("baseline").asText());
                List<String> names = new ArrayList<>();
                manifest.path("scenarios").forEach(s -> names.add(s.path("name").asText()));
                m.put("variant", String.join(", ", names.subList(Math.min(1, names.size()), names.size())));
                m.put("replications", manifest.path("replications").asInt());
                m.put("start", manifest.path("startTime").asText());
            } catch (IOException e) {
                m.put("message", "manifest.json unreadable: " + e.getMessage());
            }
            finished.add(m);
        }
        finished.sort(Comparator.comparing((Map<String, Object> m) -> String.valueOf(m.getOrDefault("start", ""))).reversed());
        out.addAll(finished);
        return out;
    }

    private static String slashes(Path p) { return p.toString().replace('\\', '/'); }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    @Override
    public void close() {
        comparisons.shutdownNow();
        watchers.shutdownNow();
    }
}
