package org.cpsim.experiments.explore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.cpsim.experiments.io.ResolvedScenario;
import org.cpsim.experiments.io.ScenarioException;
import org.cpsim.experiments.io.ScenarioLoader;

/**
 * The scenarios the explorer offers: every scenario file under {@code scenarios/}, found again on each
 * listing so a file added while the server runs appears. The browser names a scenario by its id (its
 * path under scenarios/ without {@code .yaml}, e.g. {@code trials/knowsley}); an id is looked up in this
 * listing and never turned into a path, so no request can reach a file outside it. Folders of other
 * kinds of file (sweep and calibration specifications) are left out, and so is a file that does not load
 * as a scenario. Loads are cached by modification time.
 */
final class Catalogue {
    /** Folders under scenarios/ that hold sweep and calibration specifications, not scenarios. */
    static final List<String> NOT_SCENARIOS = List.of("sweeps", "calibration");

    /** One scenario: its id, the folder it is grouped under ("" at the top), and what loading it gave. */
    record Entry(String id, String group, Path file, ResolvedScenario scenario) {}

    private record Cached(FileTime modified, Optional<ResolvedScenario> scenario) {}

    private final Path root;
    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

    /** @param root the scenarios/ folder */
    Catalogue(Path root) { this.root = root.toAbsolutePath().normalize(); }

    Path root() { return root; }

    List<Entry> list() {
        if (!Files.isDirectory(root)) return List.of();
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".yaml") && Files.isRegularFile(p)).sorted().toList()) {
                Path rel = root.relativize(f);
                if (rel.getNameCount() > 1 && NOT_SCENARIOS.contains(rel.getName(0).toString())) continue;
                Optional<ResolvedScenario> s = load(f);
                if (s.isEmpty()) continue;
                String id = rel.toString().replace('\\', '/');
                id = id.substring(0, id.length() - ".yaml".length());
                String group = rel.getParent() == null ? "" : rel.getParent().toString().replace('\\', '/');
                out.add(new Entry(id, group, f, s.get()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The scenario with this id, or a 404 that says so: ids come from the listing, not from paths. */
    Entry get(String id) {
        if (id == null) throw BadRequest.invalid("scenario", "required");
        return list().stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow(() -> new BadRequest(404, "scenario", "no scenario '" + shorten(id) + "' in scenarios/; pick one from the list"));
    }

    private Optional<ResolvedScenario> load(Path f) {
        try {
            FileTime modified = Files.getLastModifiedTime(f);
            Cached c = cache.get(f);
            if (c != null && c.modified().equals(modified)) return c.scenario();
            Optional<ResolvedScenario> s;
            try {
                s = Optional.of(ScenarioLoader.load(f));
            } catch (ScenarioException | IllegalArgumentException e) {
                s = Optional.empty();
            }
            cache.put(f, new Cached(modified, s));
            return s;
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** What the user sent, cut short and safe to put in a message (the page shows messages as text). */
    static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
