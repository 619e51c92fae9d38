package org.cpsim.experiments.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files put in place whole or not at all, the one way cpsim does it: written into a hidden sibling,
 * forced to disk, then renamed over the target, and the rename made durable. A crash never leaves a
 * half-written chart, brief, sweep result or journal marker where a reader would pick it up, and
 * nothing is deleted but the file being replaced (charts go into folders that hold other things).
 */
public final class AtomicFile {
    private AtomicFile() {}

    /** What goes in a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path temp = sibling(absolute);
        try {
            // Not createTempFile: its owner-only permissions would stay on the finished file.
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            rename(temp, absolute);
            syncFolder(absolute.getParent());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** A hidden name beside the target, unique to this call, to write into (or let another program write into) before the rename. */
    public static Path sibling(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        return absolute.getParent().resolve("." + absolute.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".partial");
    }

    /** Renames {@code from} over {@code to}, atomically where the file system allows. */
    public static void rename(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes a rename or deletion in {@code folder} durable where the platform allows opening a folder (Linux, macOS). */
    public static void syncFolder(Path folder) {
        try (FileChannel d = FileChannel.open(folder, StandardOpenOption.READ)) {
            d.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Not possible on this platform (e.g. Windows): the rename is still atomic, just not yet durable.
        }
    }
}
