package org.ministerial.batch;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress without a terminal: a line such as {@code batch: 120/1000 runs (12%), 85.3 runs/s, ETA 10s} every
 * {@value #INTERVAL_SECONDS} seconds or every tenth of the batch, whichever comes first, and at the end; after a
 * {@link #stop} one last line with the runs kept, such as {@code batch: stopped; 869/1000 runs (86%) kept (any written after the last commit are made again on resume)}.
 * Synchronized because the stop comes from a shutdown hook while the batch's thread may still call update.
 */
final class LineProgress implements ProgressReporter {
    static final long INTERVAL_SECONDS = 5;

    private final String name;
    private final int alreadyDone;
    private final PrintWriter out;
    private final LongSupplier nanoClock;
    private final long start;
    private long lastLine;
    private int lastTenth = -1;
    private boolean stopped;

    /**
     * @param out       where lines go
     * @param nanoClock a monotonic clock in nanoseconds ({@code System::nanoTime})
     */
    LineProgress(PrintWriter out, LongSupplier nanoClock) {
        this("batch", 0, out, nanoClock);
    }

    /**
     * @param name        the task's name, at the start of each line
     * @param alreadyDone runs written before this attempt started (not counted in the rate)
     */
    LineProgress(String name, int alreadyDone, PrintWriter out, LongSupplier nanoClock) {
        this.name = name;
        this.alreadyDone = alreadyDone;
        this.out = out;
        this.nanoClock = nanoClock;
        this.start = nanoClock.getAsLong();
        this.lastLine = start;
    }

    @Override
    public synchronized void update(int done, int total) {
        if (stopped) return;
        long now = nanoClock.getAsLong();
        int tenth = total == 0 ? 10 : (int) (10L * done / total);
        if (lastTenth < 0) lastTenth = total == 0 ? 0 : (int) (10L * alreadyDone / total);
        boolean due = now - lastLine >= Duration.ofSeconds(INTERVAL_SECONDS).toNanos();
        if (!due && tenth == lastTenth && done < total) return;
        lastLine = now;
        lastTenth = tenth;
        out.println(line(name, done, done - alreadyDone, total, (now - start) / 1e9));
        out.flush();
    }

    @Override
    public synchronized void stop(int kept, int total) {
        if (stopped) return;
        stopped = true;
        out.println(stoppedLine(name, kept, total));
        out.flush();
    }

    /** The last line of a stopped task: the runs kept, which a resume starts after. */
    static String stoppedLine(String name, int kept, int total) {
        int percent = total == 0 ? 100 : (int) (100L * kept / total);
        return String.format(Locale.ROOT, "%s: stopped; %d/%d runs (%d%%) kept (any written after the last commit are made again on resume)", name, kept, total, percent);
    }

    static String line(int done, int total, double seconds) {
        return line("batch", done, done, total, seconds);
    }

    /**
     * @param done    runs written in all
     * @param fresh   runs written by this attempt, in {@code seconds}
     */
    static String line(String name, int done, int fresh, int total, double seconds) {
        double rate = seconds > 0 ? fresh / seconds : 0;
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        String eta = done >= total ? "0s" : rate > 0 ? duration(Math.round((total - done) / rate)) : "?";
        return String.format(Locale.ROOT, "%s: %d/%d runs (%d%%), %.1f runs/s, ETA %s", name, done, total, percent,
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
    public synchronized void close() {
        out.flush();
    }
}
