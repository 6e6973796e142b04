package org.ministerial.batch;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
