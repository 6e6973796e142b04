package org.ministerial.batch;

/** Told how far a batch has got, each time a run's results have been written. */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {
    };

    /**
     * @param done  runs written so far
     * @param total runs in the batch
     */
    void update(int done, int total);
}
