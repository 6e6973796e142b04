package org.ministerial.batch;

import java.io.IOException;

/**
 * Receives the runs of a batch one at a time, in run-index order. Results stream through sinks so that a batch of
 * any size needs memory only for the runs in flight.
 */
@FunctionalInterface
public interface RunSink {
    void accept(CompletedRun run) throws IOException;
}
