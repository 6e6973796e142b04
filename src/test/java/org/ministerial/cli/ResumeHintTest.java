package org.ministerial.cli;

import org.ministerial.batch.ProgressReporter;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResumeHintTest {
    private final StringWriter text = new StringWriter();
    private final PrintWriter err = new PrintWriter(text);

    @Test
    void aStopHoldsTheTaskAndEndsTheProgressAtTheRunsKept() throws InterruptedException {
        ResumeHint hint = new ResumeHint(null, null, null);
        int total = Integer.MAX_VALUE;
        // no console under the test runner: plain lines
        ProgressReporter progress = hint.follow(ProgressReporter.forTask("sweep", 0, total, err), total);
        AtomicInteger written = new AtomicInteger();
        // the task's thread, writing runs while the JVM runs the shutdown hooks
        Thread task = new Thread(() -> {
            for (int done = 1; done < total; done++) {
                written.set(done);
                progress.update(done, total);
            }
        });
        task.setDaemon(true);
        task.start();
        while (written.get() < 1000) Thread.onSpinWait();
        // the journal's count, read once the task is held
        hint.stopped(err, Path.of("out"), () -> OptionalInt.of(written.get()), "bin/ministerial sweep e.yaml");
        int kept = written.get();
        Thread.sleep(50);
        assertEquals(kept, written.get(), "the task wrote runs after the stop");
        assertTrue(task.isAlive());
        List<String> lines = text.toString().lines().toList();
        assertEquals(List.of("", "sweep: stopped; " + kept + "/" + total + " runs (0%) kept (any written after the last commit are made again on resume)",
                "stopped: " + kept + " runs written so far are kept in out; to resume, run",
                "  bin/ministerial sweep e.yaml"), lines.subList(lines.size() - 4, lines.size()));
    }

    @Test
    void aStopBeforeAnyRunNamesNoCount() {
        new ResumeHint(null, null, null).stopped(err, Path.of("out"), OptionalInt::empty, "bin/ministerial batch s.yaml");
        assertEquals("stopped: the runs written so far are kept in out; to resume, run",
                text.toString().lines().toList().get(1));
    }
}
