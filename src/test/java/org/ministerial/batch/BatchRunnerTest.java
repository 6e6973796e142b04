package org.ministerial.batch;

import org.junit.jupiter.api.Test;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BatchRunnerTest {
    private final NegotiationSpec spec = Fixtures.spec();

    @Test
    void deliversRunsInIndexOrderWhateverOrderTheyFinishIn() throws Exception {
        int runs = 60;
        // later runs finish first: run i sleeps longer the smaller i is within each group of 8
        BatchRunner.Model slowFirst = (s, seed) -> {
            int index = indexOf(seed, 7, runs);
            sleep(8 - index % 8);
            return Negotiation.runToEnd(s, seed);
        };
        List<CompletedRun> got = new ArrayList<>();
        List<int[]> progress = new ArrayList<>();
        new BatchRunner(spec, runs, 7, 4, slowFirst).run(got::add, (done, total) -> progress.add(new int[] {done, total}));
        assertEquals(runs, got.size());
        for (int i = 0; i < runs; i++) {
            assertEquals(i, got.get(i).run());
            assertEquals(RunSeeds.seed(7, i), got.get(i).seed());
            assertFalse(got.get(i).failed());
            assertEquals(i + 1, progress.get(i)[0]);
            assertEquals(runs, progress.get(i)[1]);
        }
    }

    @Test
    void aRunThatThrowsIsAFailedRunAndTheOthersGoOn() throws Exception {
        int runs = 20;
        BatchRunner.Model failsOnThirds = (s, seed) -> {
            if (indexOf(seed, 3, runs) % 3 == 0) throw new IllegalStateException("no quorum");
            return Negotiation.runToEnd(s, seed);
        };
        List<CompletedRun> got = new ArrayList<>();
        new BatchRunner(spec, runs, 3, 2, failsOnThirds).run(got::add, ProgressListener.NONE);
        assertEquals(runs, got.size());
        for (CompletedRun r : got) {
            assertEquals(r.run() % 3 == 0, r.failed(), "run " + r.run());
            if (r.failed()) {
                assertNull(r.result());
                assertEquals("IllegalStateException: no quorum", r.error());
            }
        }
    }

    @Test
    void keepsNoMoreThanTheWindowOfRunsUnwritten() throws Exception {
        int runs = 300;
        AtomicInteger started = new AtomicInteger();
        AtomicInteger maxUnwritten = new AtomicInteger();
        int[] written = {0};
        BatchRunner runner = new BatchRunner(spec, runs, 1, 2, (s, seed) -> {
            started.incrementAndGet();
            // the first run is slow, so every other run piles up behind it unless the runner holds back
            if (indexOf(seed, 1, runs) == 0) sleep(200);
            return Negotiation.runToEnd(s, seed);
        });
        runner.run(r -> {
            written[0]++;
            maxUnwritten.accumulateAndGet(started.get() - written[0] + 1, Math::max);
        }, ProgressListener.NONE);
        assertEquals(runs, written[0]);
        assertTrue(maxUnwritten.get() <= runner.window(),
                "unwritten runs peaked at " + maxUnwritten.get() + " over a window of " + runner.window());
    }

    @Test
    void resultsDoNotDependOnThreads() throws Exception {
        List<RunResult> one = new ArrayList<>();
        List<RunResult> three = new ArrayList<>();
        new BatchRunner(spec, 30, 11, 1).run(r -> one.add(r.result()), ProgressListener.NONE);
        new BatchRunner(spec, 30, 11, 3).run(r -> three.add(r.result()), ProgressListener.NONE);
        for (int i = 0; i < 30; i++) {
            assertEquals(one.get(i).outcome(), three.get(i).outcome());
            assertEquals(one.get(i).metrics(), three.get(i).metrics());
        }
    }

    /** The run index whose seed this is (tests only; linear search). */
    private static int indexOf(long seed, long base, int runs) {
        for (int i = 0; i < runs; i++) if (RunSeeds.seed(base, i) == seed) return i;
        throw new AssertionError("not a seed of this batch: " + seed);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
