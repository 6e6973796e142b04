package org.ministerial.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress without a terminal: a line such as {@code batch: 120/1000 runs (12%), 85.3 runs/s, ETA 10s} every
 * {@value #INTERVAL_SECONDS} seconds or every tenth of the batch, whichever comes first, and at the end.
 */
final class LineProgress implements ProgressReporter {
    static final long INTERVAL_SECONDS = 5;

    private final PrintWriter out;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastLine;
    private int lastTenth;

    /**
     * @param out       where lines go
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    LineProgress(PrintWriter out, LongSupplier nanoClock) {
        this.out = out;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastLine = start;
    }

    @Override
    public void update(int done, int total) {
        long now = nanoClock.getAsLong();
        int tenth = total == 0 ? 10 : (int) (10L * done / total);
        boolean due = now - lastLine >= Duration.ofSeconds(INTERVAL_SECONDS).toNanos();
        if (!due && tenth == lastTenth && done < total) return;
        lastLine = now;
        lastTenth = tenth;
        out.println(line(done, total, (now - start) / 1e9));
        out.flush();
    }

    static String line(int done, int total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        String eta = rate > 0 ? duration(Math.round((total - done) / rate)) : "?";
        return String.format(Locale.ROOT, "batch: %d/%d runs (%d%%), %.1f runs/s, ETA %s", done, total, percent,
                rate, eta);
    }

    /** A short duration: {@code 42s}, {@code 3m05s}, {@code 2h07m}. */
    static String duration(long seconds) {
        Duration d = Duration.ofSeconds(seconds);
        if (seconds < 60) return seconds + "s";
        if (seconds < 3600) return String.format(Locale.ROOT, "%dm%02ds", d.toMinutes(), d.toSecondsPart());
        return String.format(Locale.ROOT, "%dh%02dm", d.toHours(), d.toMinutesPart());
    }

    @Override
    public void close() {
        out.flush();
    }
}
