package org.ministerial.batch;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.time.Duration;

/** Progress on a terminal: a redrawn bar with runs done, rate and time left. */
final class BarProgress implements ProgressReporter {
    private final ProgressBar bar;

    BarProgress(String name, int alreadyDone, int total) {
        bar = new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(total)
                .startsFrom(alreadyDone, Duration.ZERO)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" runs", 1)
                .showSpeed()
                .build();
    }

    @Override
    public void update(int done, int total) {
        bar.stepTo(done);
    }

    @Override
    public void close() {
        bar.close();
    }
}
