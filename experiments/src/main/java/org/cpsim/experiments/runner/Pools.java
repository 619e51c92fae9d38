package org.cpsim.experiments.runner;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The thread pools runs go on, and how their failures come back to the caller. */
final class Pools {
    private Pools() {}

    /** A fixed pool of daemon threads (so a user's Ctrl-C is never held up by a worker). */
    static ExecutorService daemons(int size, String name) {
        return Executors.newFixedThreadPool(size, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** The failure inside a task, as the unchecked exception or error it was. */
    static RuntimeException unwrap(ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException re) return re;
        if (cause instanceof Error err) throw err;
        return new IllegalStateException(cause);
    }

    /** The task's result, or its failure as it was; an interrupt keeps the thread's flag and stops the caller. */
    static <T> T get(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw unwrap(e);
        }
    }
}
