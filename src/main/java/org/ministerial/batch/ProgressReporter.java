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
     * The task was stopped (Ctrl-C, SIGTERM) with {@code kept} of its {@code total} runs kept for a resume: shows that
     * as the final state and ignores every later update. A stop is reported by a shutdown hook while the task's thread
     * goes on writing runs until the JVM halts, so without this its updates could still count runs that are never
     * committed, up to a misleading 100%.
     */
    void stop(int kept, int total);

    /**
     * A bar on a terminal ({@code System.console() != null}, drawn on standard error, or the system property
     * {@code ministerial.console}, by which a daemon serving a command says whether its client has one), plain lines
     * to {@code err} otherwise, for a task that starts with {@code alreadyDone} runs written (by an interrupted earlier attempt): the
     * rate and time left count only this attempt's runs.
     */
    static ProgressReporter forTask(String name, int alreadyDone, int total, PrintWriter err) {
        String console = System.getProperty("ministerial.console");
        boolean terminal = console != null ? Boolean.parseBoolean(console) : System.console() != null;
        return terminal ? new BarProgress(name, alreadyDone, total)
                : new LineProgress(name, alreadyDone, err, System::nanoTime);
    }

    /** A reporter that only passes updates on to a listener. */
    static ProgressReporter of(ProgressListener listener) {
        return new ProgressReporter() {
            private volatile boolean stopped;

            @Override
            public void update(int done, int total) {
                if (!stopped) listener.update(done, total);
            }

            @Override
            public void stop(int kept, int total) {
                stopped = true;
            }

            @Override
            public void close() {
            }
        };
    }
}
