package org.cpsim.experiments.explore;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.cpsim.experiments.sweep.SweepProgress;
import org.cpsim.model.metrics.Indicator;
import org.cpsim.model.metrics.Period;
import org.cpsim.model.metrics.RunResult;

/**
 * One comparison the explorer started, while it runs and after: how far it has got (with an estimate
 * of the time left), the months of the watched replication published so far, and how it ended. Pages
 * that watch it wait on it for changes; it belongs to the server, not to any page, so closing the page
 * does not stop it.
 */
final class RunJob implements SweepProgress {
    enum State { RUNNING, DONE, FAILED }

    /** What the live view shows of each month of the watched replication. */
    static final List<Indicator> LIVE = List.of(Indicator.ASSESSMENTS_OPEN_MEAN, Indicator.CASES_AWAITING_ALLOCATION_AT_END,
            Indicator.SW_CASELOAD_MEAN, Indicator.SW_CASELOAD_P90, Indicator.SW_STRESS_MEAN, Indicator.SW_STRESS_P90,
            Indicator.SW_VACANCY_RATE_FTE_PCT, Indicator.NEED_SIGNIFICANT_HARM_AT_END);

    final String id;
    final Path folder;
    final String baseline, variant;
    final List<String> command;
    private final Instant started = Instant.now();
    private State state = State.RUNNING;
    private int done, total;
    private Instant finished;
    private String message = "";
    private final List<Map<String, Object>> months = new ArrayList<>();
    private boolean watching;
    private int version;

    RunJob(String id, Path folder, String baseline, String variant, List<String> command) {
        this.id = id;
        this.folder = folder;
        this.baseline = baseline;
        this.variant = variant;
        this.command = List.copyOf(command);
    }

    @Override
    public synchronized void started(int alreadyDone, int total) {
        this.done = alreadyDone;
        this.total = total;
        changed();
    }

    @Override
    public synchronized void done(int finishedRuns) {
        // Replications finish out of order on several threads: the count only goes up.
        this.done = Math.max(this.done, finishedRuns);
        changed();
    }

    synchronized void month(Period period, RunResult watched, int index) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", period.label());
        for (Indicator i : LIVE) {
            double v = watched.value(index, i);
            m.put(i.id(), Double.isFinite(v) ? v : null);
        }
        months.add(m);
        changed();
    }

    synchronized void finished() {
        state = State.DONE;
        done = total;
        finished = Instant.now();
        changed();
    }

    synchronized void failed(String why) {
        state = State.FAILED;
        message = why;
        finished = Instant.now();
        changed();
    }

    synchronized State state() { return state; }

    /** The live view's replication is being replayed: a page keeps listening until it has all its months. */
    synchronized void watchStarted() {
        watching = true;
        changed();
    }

    synchronized void watchEnded() {
        watching = false;
        changed();
    }

    /** Nothing more will happen: the comparison has ended and so has the live view. */
    synchronized boolean over() { return state != State.RUNNING && !watching; }

    synchronized int version() { return version; }

    /** Months published after the first {@code from}. */
    synchronized List<Map<String, Object>> monthsFrom(int from) {
        return List.copyOf(months.subList(Math.min(from, months.size()), months.size()));
    }

    /** Waits until something changes after {@code seen}, or the timeout passes; returns the version now. */
    synchronized int awaitChange(int seen, long timeoutMillis) throws InterruptedException {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (version == seen && !over()) {
            long left = end - System.currentTimeMillis();
            if (left <= 0) break;
            wait(left);
        }
        return version;
    }

    /** The progress as the page shows it; the estimate assumes the replications left take as long as those done. */
    synchronized Map<String, Object> progress() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("state", state.name().toLowerCase(java.util.Locale.ROOT));
        p.put("baseline", baseline);
        p.put("variant", variant);
        p.put("done", done);
        p.put("total", total);
        long elapsed = Duration.between(started, finished != null ? finished : Instant.now()).toMillis();
        p.put("elapsedSeconds", elapsed / 1000.0);
        p.put("etaSeconds", state == State.RUNNING && done > 0 ? elapsed / 1000.0 * (total - done) / done : null);
        p.put("message", message);
        p.put("command", String.join(" ", command));
        return p;
    }

    private void changed() {
        version++;
        notifyAll();
    }
}
