package org.ministerial.batch;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineProgressTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter out = new PrintWriter(text);
    private long now;

    private List<String> lines() {
        return text.toString().lines().toList();
    }

    @Test
    void printsEveryTenthWhenRunsAreFast() {
        LineProgress p = new LineProgress(out, () -> now);
        for (int done = 1; done <= 1000; done++) {
            now += TimeUnit.MILLISECONDS.toNanos(1);
            p.update(done, 1000);
        }
        List<String> lines = lines();
        assertEquals(10, lines.size());
        assertTrue(lines.get(0).startsWith("batch: 100/1000 runs (10%), "), lines.get(0));
        assertTrue(lines.get(9).startsWith("batch: 1000/1000 runs (100%), "), lines.get(9));
    }

    @Test
    void printsEveryFiveSecondsWhenRunsAreSlow() {
        LineProgress p = new LineProgress(out, () -> now);
        for (int done = 1; done <= 20; done++) {
            now += TimeUnit.SECONDS.toNanos(1);
            p.update(done, 1000);
        }
        assertEquals(List.of(5, 10, 15, 20), lines().stream()
                .map(l -> Integer.parseInt(l.substring("batch: ".length(), l.indexOf('/')))).toList());
    }

    @Test
    void lineShowsRateAndTimeLeft() {
        assertEquals("batch: 120/1000 runs (12%), 12.0 runs/s, ETA 1m13s", LineProgress.line(120, 1000, 10));
        assertEquals("batch: 0/10 runs (0%), 0.0 runs/s, ETA ?", LineProgress.line(0, 10, 0));
        assertEquals("2h00m", LineProgress.duration(7200));
    }

    @Test
    void aStopReportsTheRunsKeptAndSilencesLaterUpdates() {
        LineProgress p = new LineProgress("batch", 0, out, () -> now);
        p.update(100, 1000);
        p.stop(869, 1000);
        // the batch's thread goes on writing runs after the stop until the JVM halts: none of them may be shown
        for (int done = 870; done <= 1000; done++) {
            now += TimeUnit.SECONDS.toNanos(10);
            p.update(done, 1000);
        }
        p.stop(900, 1000);
        List<String> lines = lines();
        assertEquals("batch: stopped; 869/1000 runs (86%) kept (any written after the last commit are made again on resume)", lines.get(lines.size() - 1));
        assertEquals(2, lines.size(), lines.toString());
    }

    @Test
    void aStoppedListenerHearsNoMoreUpdates() {
        int[] last = {-1};
        ProgressReporter p = ProgressReporter.of((done, total) -> last[0] = done);
        p.update(5, 10);
        p.stop(4, 10);
        p.update(10, 10);
        assertEquals(5, last[0]);
    }

    @Test
    void aHoldWithoutAnUpdateTimesOutAndThenStops() {
        StoppableProgress p = new StoppableProgress(new LineProgress("batch", 0, out, () -> now));
        // the task's thread is elsewhere (on a slow run, or publishing): the stop must not wait for it forever
        assertFalse(p.hold(10));
        p.stop(3, 10);
        assertEquals(List.of("batch: stopped; 3/10 runs (30%) kept (any written after the last commit are made again on resume)"), lines());
    }
}
