package org.ministerial.study;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.Batch;
import org.ministerial.batch.BatchSettings;
import org.ministerial.batch.Shard;
import org.ministerial.scenario.ScenarioLoader;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The commitments table says over which runs its shares and depths are taken. */
class CommitmentSummaryTest {
    @TempDir
    Path dir;

    @Test
    void theLegendGivesTheRunsBehindTheMeanDepth() throws Exception {
        Path folder = dir.resolve("miami");
        Batch.execute(ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"), Map.of()),
                new BatchSettings(10, 5, 2, Shard.ALL, false, false, 1), folder, null, null);
        // the runs with a row of commitments, counted from the file itself: a depth cell is empty in the others
        long committed;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(folder.resolve("commitments.csv.gz"))), StandardCharsets.UTF_8))) {
            List<String> lines = in.lines().toList();
            int depth = List.of(lines.get(0).split(",")).indexOf("depth_market_access");
            committed = lines.stream().skip(1)
                    .map(l -> l.split(",", -1)).filter(c -> !c[depth].isEmpty()).map(c -> c[0]).distinct().count();
        }
        String md = new CommitmentSummary(List.of(folder), List.of("base")).markdown();
        assertTrue(md.contains("share of the 10 completed runs of base"), md);
        assertTrue(md.contains(committed + " of 10 in base."), md);
    }
}
