package org.cpsim.experiments.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A run's output folder, written whole or not at all: files go into a hidden sibling
 * {@code .<name>.partial-<random>} that is renamed into place on success and deleted on failure,
 * so a folder under {@code output/} always holds a complete, consistent set of results.
 */
public final class OutputFolder implements AutoCloseable {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Path target;
    private final Path staging;
    private boolean committed;

    private OutputFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** {@code output/<scenario>-<yyyyMMdd-HHmmss>} under {@code workingDirectory}, made unique if two runs start in the same second. */
    public static Path defaultFor(Path workingDirectory, String scenarioName, LocalDateTime now) {
        String base = scenarioName.replaceAll("[^A-Za-z0-9._-]+", "-") + "-" + STAMP.format(now);
        Path dir = workingDirectory.resolve("output");
        Path candidate = dir.resolve(base);
        for (int n = 2; Files.exists(candidate); n++) candidate = dir.resolve(base + "-" + n);
        return candidate;
    }

    /** Fails now, before any work, if the target already holds something. */
    public static void requireUsable(Path target) {
        if (!Files.exists(target)) return;
        if (!Files.isDirectory(target)) throw new OutputFolderException("output folder " + target + " exists and is a file");
        if (!isEmpty(target)) throw new OutputFolderException("output folder " + target + " already exists and is not empty; choose another --out");
    }

    public static OutputFolder begin(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        requireUsable(absolute);
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        Path staging = parent.resolve("." + absolute.getFileName() + ".partial-" + UUID.randomUUID().toString().substring(0, 8));
        Files.createDirectory(staging);
        return new OutputFolder(absolute, staging);
    }

    /** Where to write the files until {@link #commit()}. */
    public Path staging() { return staging; }

    public Path target() { return target; }

    /** Moves the finished folder into place, atomically where the file system allows. */
    public Path commit() throws IOException {
        requireUsable(target);
        // An empty target (allowed by requireUsable) is replaced, not moved into.
        Files.deleteIfExists(target);
        AtomicFile.rename(staging, target);
        committed = true;
        return target;
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public void close() throws IOException {
        if (committed || !Files.exists(staging)) return;
        deleteTree(staging);
    }

    /** Deletes a folder and everything in it. */
    public static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isEmpty(Path dir) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
