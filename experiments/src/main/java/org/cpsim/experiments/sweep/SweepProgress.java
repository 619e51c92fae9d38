package org.cpsim.experiments.sweep;

/** Told how a sweep is getting on, e.g. to draw a progress bar. */
public interface SweepProgress {
    SweepProgress NONE = new SweepProgress() {
        @Override public void started(int done, int total) {}
        @Override public void done(int done) {}
    };

    /** @param done runs already finished (by an earlier, interrupted process) */
    void started(int done, int total);

    void done(int done);
}
