package org.cpsim.experiments.runner;

import java.io.IOException;

/** Where an executor hands each finished run: the sweep's journal. Called one record at a time. */
@FunctionalInterface
public interface ResultSink {
    void accept(RunRecord record) throws IOException;
}
