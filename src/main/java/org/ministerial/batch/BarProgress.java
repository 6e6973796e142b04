package org.ministerial.batch;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.time.Duration;

/**
 * Progress on a terminal: a redrawn bar with runs done, rate and time left. Synchronized because a stop comes from a
 * shutdown hook while the batch's thread may still call update.
 */
final class BarProgress implements ProgressReporter {
    private final ProgressBar bar;
    private boolean stopped;

    BarProgress(String name, int alreadyDone, int total) {
        ProgressBarBuilder builder = new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(total)
                .startsFrom(alreadyDone, Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" runs", 1)
                .showSpeed();
        // a daemon serving the command (org.ministerial.daemon) has no terminal of its own: the bar goes to
        // System.err, which it passes on, as wide as the client's terminal
        // (a column short of it, as the library draws on a terminal of its own, so that no terminal wraps it; 80
        // columns when its width is unknown)
        int columns = Integer.getInteger("ministerial.console.columns", -1);
        if (columns >= 0)
            builder.setConsumer(new ConsoleProgressBarConsumer(System.err, columns > 1 ? columns - 1 : 80));
        bar = builder.build();
    }

    @Override
    public synchronized void update(int done, int total) {
        if (!stopped) bar.stepTo(done);
    }

    /** Leaves the bar at the runs kept (it may have counted runs written but not yet committed) and ends it. */
    @Override
    public synchronized void stop(int kept, int total) {
        if (stopped) return;
        stopped = true;
        bar.stepTo(kept);
        bar.close();
    }

    @Override
    public synchronized void close() {
        if (!stopped) bar.close();
    }
}
