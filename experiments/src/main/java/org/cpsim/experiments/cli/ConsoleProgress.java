package org.cpsim.experiments.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;

import org.cpsim.experiments.sweep.SweepProgress;

/**
 * A progress bar with the time left, on stderr, only when a person is watching (a console is
 * attached): logs, pipes and tests see nothing. The estimate uses the pace of this process only,
 * so runs resumed from an earlier one do not make it look faster than it is.
 */
final class ConsoleProgress implements SweepProgress, AutoCloseable {
    private static final int BAR_WIDTH = 30;
    /** Redraw at most this often: thousands of quick runs should not flood the terminal. */
    private static final long REDRAW_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private final PrintWriter err;
    private final String unit;
    private int total;
    private int doneAtStart;
    private long startNanos;
    private long lastDrawNanos;

    private ConsoleProgress(PrintWriter err, String unit) {
        this.err = err;
        this.unit = unit;
    }

    /** Drawing to {@code err} whether or not a console is attached (for tests). */
    static ConsoleProgress to(PrintWriter err, String unit) { return new ConsoleProgress(err, unit); }

    static ConsoleProgress forConsole(String unit) {
        return new ConsoleProgress(System.console() != null ? new PrintWriter(System.err, true) : null, unit);
    }

    @Override
    public synchronized void started(int done, int total) {
        this.total = total;
        this.doneAtStart = done;
        this.startNanos = System.nanoTime();
        draw(done, true);
    }

    @Override
    public synchronized void done(int done) { draw(done, done == total); }

    private void draw(int done, boolean force) {
        if (err == null) return;
        long now = System.nanoTime();
        if (!force && now - lastDrawNanos < REDRAW_NANOS) return;
        lastDrawNanos = now;
        int filled = total == 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * done / total);
        String bar = "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled);
        err.printf("\r[%s] %d/%d %s%s\033[K", bar, done, total, unit, left(done, now));
        err.flush();
    }

    private String left(int done, long now) {
        int doneHere = done - doneAtStart;
        if (doneHere <= 0 || done >= total) return "";
        long seconds = Math.round((now - startNanos) / 1e9 / doneHere * (total - done));
        return String.format(", %d:%02d left", seconds / 60, seconds % 60);
    }

    @Override
    public synchronized void close() {
        if (err == null) return;
        err.print("\r\033[K");
        err.flush();
    }
}
