package org.cpsim.experiments.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Checks, before any work, that an output folder can be made where the user asked: the nearest folder
 * that exists on its path must take a new file. Permissions alone cannot tell (root may write anywhere
 * but /proc or a read-only mount), so a probe file is created and deleted. A run that would fail only
 * after ten minutes of simulation fails now, in one line.
 */
public final class WritableFolder {
    private WritableFolder() {}

    /** @throws OutputFolderException naming the folder and why it cannot be written */
    public static void require(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing == null) throw new OutputFolderException("cannot write " + target + ": no part of that path exists");
        if (!Files.isDirectory(existing)) {
            throw new OutputFolderException("cannot write " + target + ": " + existing + " is a file, not a folder; choose another --out");
        }
        try {
            Path probe = Files.createTempFile(existing, ".cpsim-write-check-", "");
            Files.delete(probe);
        } catch (IOException | UnsupportedOperationException e) {
            // A virtual file system (/proc) answers "no such file" to a new one: that only says it refused.
            String why = e instanceof NoSuchFileException || !(e instanceof IOException io) ? "" : " (" + reason(io) + ")";
            throw new OutputFolderException("cannot write " + target + ": " + existing + " does not take new files" + why + "; choose another --out");
        }
    }

    /** A file system failure in words, for the one line a user sees. */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "no such file or folder";
        if (e instanceof FileSystemException f && f.getReason() != null) return f.getReason().toLowerCase(java.util.Locale.ROOT);
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** The file system problem behind an exception, if it is one (an unreadable or unwritable path), else null. */
    public static FileSystemException fileSystemCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FileSystemException f) return f;
            if (!(t instanceof UncheckedIOException) && t != e) break;
        }
        return null;
    }
}
