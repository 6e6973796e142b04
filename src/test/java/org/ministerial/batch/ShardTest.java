package org.ministerial.batch;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ShardTest {
    @Test
    void shardsPartitionTheRunListRoundRobin() {
        for (int total : new int[] {0, 1, 2, 7, 12, 100})
            for (int n = 1; n <= 5; n++) {
                List<Integer> all = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    Shard s = new Shard(i, n);
                    for (int p = 0; p < s.size(total); p++) {
                        int run = s.run(p);
                        assertEquals(i, run % n);
                        all.add(run);
                    }
                }
                all.sort(null);
                List<Integer> expected = new ArrayList<>();
                for (int r = 0; r < total; r++) expected.add(r);
                assertEquals(expected, all, total + " runs in " + n + " shards");
            }
    }

    @Test
    void parsesItsOwnText() {
        assertEquals(new Shard(3, 4), Shard.parse("3/4"));
        assertEquals(new Shard(0, 1), Shard.parse(" 0 / 1 "));
        assertEquals("2/5", new Shard(2, 5).toString());
        assertTrue(Shard.ALL.whole());
    }

    @Test
    void rejectsMalformedShardsWithTheExpectedForm() {
        for (String bad : new String[] {"4/4", "-1/4", "1/0", "1", "a/b", "", "1/2/3"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Shard.parse(bad), bad);
            assertTrue(e.getMessage().contains("i/n") || e.getMessage().contains("between"), e.getMessage());
        }
    }
}
