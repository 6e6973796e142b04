package org.ministerial.batch;

import org.ministerial.model.RunResult;

/**
 * One run of a batch as the results files see it: where it sits in the batch, the seed it ran with, and either its
 * result or why it failed. A failed run is kept as a row rather than dropped so that a batch's row count always
 * equals the runs requested and failures stay visible.
 *
 * @param run    0-based run index
 * @param seed   the model seed, {@link RunSeeds#seed(long, int)}
 * @param result the result, or null when the run failed
 * @param error  why the run failed, or null when it succeeded
 * @param rows   the run's rows of the results tables, encoded on the worker thread that made it (see
 *               {@link ResultsWriter#encode}), or null
 */
public record CompletedRun(int run, long seed, RunResult result, String error, EncodedRows rows) {
    public CompletedRun {
        if ((result == null) == (error == null))
            throw new IllegalArgumentException("a run has either a result or an error");
    }

    public static CompletedRun success(int run, long seed, RunResult result) {
        return new CompletedRun(run, seed, result, null, null);
    }

    public static CompletedRun failure(int run, long seed, String error) {
        return new CompletedRun(run, seed, null, error, null);
    }

    /** This run with its rows encoded. */
    CompletedRun with(EncodedRows encoded) {
        return new CompletedRun(run, seed, result, error, encoded);
    }

    public boolean failed() {
        return result == null;
    }
}
