package org.cpsim.experiments.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files written whole or not at all: into a hidden temporary sibling, then renamed over the target,
 * so a crash never leaves a half-written chart or brief where a reader (or a browser) would pick it up.
 * Charts are written one file at a time into folders that may hold other things, so nothing is ever
 * deleted but the file being replaced.
 */
final class AtomicFiles {
    private AtomicFiles() {}

    static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        // Not createTempFile: its owner-only permissions would stay on the finished file.
        Path temp = partial(absolute);
        try {
            Files.write(temp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A hidden name beside the target for writing into before the rename. */
    static Path partial(Path absoluteTarget) {
        return absoluteTarget.getParent().resolve("." + absoluteTarget.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".partial");
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
