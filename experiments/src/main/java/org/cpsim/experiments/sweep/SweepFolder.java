package org.cpsim.experiments.sweep;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.cpsim.experiments.output.AtomicFile;
import org.cpsim.experiments.output.OutputFolderException;

/**
 * A sweep's output folder. Unlike a run's, a sweep works in its final folder, so that the same
 * command started again after a crash finds its journal and carries on: while it works the folder
 * holds {@value #MARKER} (the sweep's identity, and a lock against a second process) and the
 * journal; at the end the results are written whole (temporary file, fsync, rename) and the marker
 * and journal removed.
 */
public final class SweepFolder implements Closeable {
    public static final String MARKER = ".sweep-in-progress";

    public enum State {
        /** Nothing was there: the sweep starts. */
        NEW,
        /** An unfinished run of the same sweep was there: it carries on. */
        RESUMED,
        /** The same sweep has already finished there: nothing to do. */
        COMPLETE
    }

    private final Path dir;
    private final State state;
    private final FileChannel lockChannel;

    private SweepFolder(Path dir, State state, FileChannel lockChannel) {
        this.dir = dir;
        this.state = state;
        this.lockChannel = lockChannel;
    }

    /**
     * @param manifestName the file a finished sweep leaves with its identity in it
     * @throws OutputFolderException if the folder holds something else: another sweep's work or results, other files
     */
    public static SweepFolder open(Path dir, SweepIdentity identity, String manifestName) throws IOException {
        Path marker = dir.resolve(MARKER);
        if (Files.isRegularFile(marker)) {
            SweepIdentity found = SweepIdentity.read(marker, false);
            String difference = found == null ? "its marker is unreadable" : identity.difference(found);
            if (difference != null) {
                throw new OutputFolderException(dir + " holds an unfinished different sweep (" + difference
                        + "); choose another --out, or delete the folder to start again");
            }
            return locked(dir, State.RESUMED);
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) throw new OutputFolderException("output folder " + dir + " exists and is a file");
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            Path manifest = dir.resolve(manifestName);
            SweepIdentity done = Files.isRegularFile(manifest) ? SweepIdentity.read(manifest, true) : null;
            if (done == null) throw new OutputFolderException("output folder " + dir + " already exists and does not hold this sweep; choose another --out");
            String difference = identity.difference(done);
            if (difference != null) throw new OutputFolderException(dir + " holds the results of a different sweep (" + difference + "); choose another --out");
            return new SweepFolder(dir, State.COMPLETE, null);
        }
        Files.createDirectories(dir);
        AtomicFile.write(dir.resolve(MARKER), identity.toJson());
        return locked(dir, State.NEW);
    }

    private static SweepFolder locked(Path dir, State state) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(MARKER), StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new OutputFolderException("another cpsim is working on the sweep in " + dir + "; wait for it, or choose another --out");
        }
        return new SweepFolder(dir, state, channel);
    }

    public State state() { return state; }

    public Path dir() { return dir; }

    public Path journal() { return dir.resolve(Journal.FILE_NAME); }

    /** Writes a result file whole: a reader, or a sweep killed meanwhile, sees the old file or the new, never part. */
    public void write(String name, AtomicFile.Content content) throws IOException { AtomicFile.write(dir.resolve(name), content); }

    /** The sweep is done: its results are in place, so the marker and then the journal go. */
    public void finish() throws IOException {
        closeLock();
        Files.delete(dir.resolve(MARKER));
        Files.deleteIfExists(journal());
        AtomicFile.syncFolder(dir);
    }

    @Override
    public void close() throws IOException { closeLock(); }

    private void closeLock() throws IOException {
        if (lockChannel != null && lockChannel.isOpen()) lockChannel.close();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }
}
