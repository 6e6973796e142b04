package org.ministerial.batch;

import java.util.concurrent.TimeUnit;

/**
 * A progress display that a stop (Ctrl-C, SIGTERM, from a shutdown hook) can also use to halt the task: after
 * {@link #hold} the task's thread, calling {@link #update} once its next run is written, waits there until the JVM
 * halts. The JVM runs shutdown hooks while the task's thread goes on, so without the hold it would go on writing and
 * committing runs after the stop is reported, and the runs reported as kept would not be those a resume finds.
 */
public final class StoppableProgress implements ProgressReporter {
    private final ProgressReporter display;
    private boolean holding;
    private boolean held;

    public StoppableProgress(ProgressReporter display) {
        this.display = display;
    }

    @Override
    public synchronized void update(int done, int total) {
        if (!holding) {
            display.update(done, total);
            return;
        }
        held = true;
        notifyAll();
        // the JVM halts once the shutdown hooks end, whatever this thread does; until then it writes nothing more
        while (true) {
            try {
                wait();
            } catch (InterruptedException e) {
                // keep holding: the task must not write past the stop
            }
        }
    }

    /**
     * Asks the task's thread to stop at its next update and waits up to {@code timeoutMillis} for it to get there.
     *
     * @return whether it is held (if not, it is elsewhere: waiting on a slow run, or publishing a finished batch)
     */
    public synchronized boolean hold(long timeoutMillis) {
        holding = true;
        long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
        try {
            for (long left; !held && (left = end - System.nanoTime()) > 0; )
                TimeUnit.NANOSECONDS.timedWait(this, left);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return held;
    }

    @Override
    public synchronized void stop(int kept, int total) {
        display.stop(kept, total);
    }

    @Override
    public synchronized void close() {
        display.close();
    }
}
