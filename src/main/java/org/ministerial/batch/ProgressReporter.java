package org.ministerial.batch;

import java.io.PrintWriter;

/**
 * Shows a batch's progress to a person: a live bar on a terminal, plain periodic lines when output goes to a file or
 * a CI log (where a redrawn bar would be noise).
 */
public interface ProgressReporter extends ProgressListener, AutoCloseable {

    /** Finishes the display. */
    @Override
    void close();

    /**
     * A bar on a terminal ({@code System.console() != null}, drawn on standard error), plain lines to {@code err}
     * otherwise.
     */
    static ProgressReporter forBatch(int total, PrintWriter err) {
        return System.console() != null ? new BarProgress(total) : new LineProgress(err, System::nanoTime);
    }
}
