package org.ministerial.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.Merge;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.Shard;
import org.ministerial.files.CsvReader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The acceptance check on the shipped example: the 3 x 3 factorial with 20 replications on the Cancún
 * scenario gives the same files on 1 and 2 threads and as 3 merged shards. Only structure and determinism are
 * checked, never outcome shares (the scenario is being recalibrated).
 */
class CancunFactorialTest {
    private static final Path EXPERIMENT = Path.of("experiments/cancun-factorial.yaml");

    @TempDir
    Path tmp;

    @Test
    void threadsAndShardsDoNotChangeTheFiles() throws Exception {
        Path one = SweepTest.sweep(EXPERIMENT, Shard.ALL, 1, tmp.resolve("one"));
        assertEquals(9, CsvReader.readCells(one.resolve("design.csv")).size());
        assertEquals(180, CsvReader.readCells(one.resolve("runs.csv")).size());
        Path two = SweepTest.sweep(EXPERIMENT, Shard.ALL, 2, tmp.resolve("two"));
        SweepTest.assertSameFiles(one, two);
        List<Path> parts = new ArrayList<>();
        for (int i = 2; i >= 0; i--) parts.add(SweepTest.sweep(EXPERIMENT, new Shard(i, 3), 2, tmp.resolve("p" + i)));
        Path merged = tmp.resolve("merged");
        Sweep.finishMerged(merged, Merge.merge(parts, merged, List.of(ResultsSchema.Sweeps.DESIGN_FILE)));
        SweepTest.assertSameFiles(one, merged);
    }
}
