package org.ministerial.batch;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunSeedsTest {

    @Test
    void seedOfRunIIsTheIPlusFirstOutputOfSplitMix64() {
        // SplittableRandom(seed) is SplitMix64 with the golden gamma: an independent implementation of the formula
        for (long base : new long[] {0, 1, 2, 42, -1, Long.MIN_VALUE, Long.MAX_VALUE}) {
            SplittableRandom reference = new SplittableRandom(base);
            for (int i = 0; i < 1000; i++)
                assertEquals(reference.nextLong(), RunSeeds.seed(base, i), "base " + base + ", run " + i);
        }
    }

    @Test
    void matchesThePublishedSplitMix64Output() {
        // first output of the reference splitmix64.c started at state 0
        assertEquals(0xE220A8397B1DCDAFL, RunSeeds.seed(0, 0));
    }

    @Test
    void consecutiveBaseSeedsGiveUnrelatedRuns() {
        Set<Long> seen = new HashSet<>();
        for (long base = 1; base <= 20; base++)
            for (int i = 0; i < 100; i++) seen.add(RunSeeds.seed(base, i));
        assertEquals(2000, seen.size());
    }

    @Test
    void rejectsNegativeIndex() {
        assertThrows(IllegalArgumentException.class, () -> RunSeeds.seed(1, -1));
    }
}
