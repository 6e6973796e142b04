package org.ministerial.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.Negotiation;
import org.ministerial.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shards of a batch, merged, equal the whole batch. */
class MergeTest {
    private static final int RUNS = 40;
    private static final long SEED = 5;
    private static final List<String> SAME = List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz", "summary.json");

    @TempDir
    Path tmp;

    private final Scenario scenario = Fixtures.scenario();

    private Path batch(String name, Shard shard, BatchRunner.Model model) throws Exception {
        Path folder = tmp.resolve(name);
        Batch.run(scenario, new BatchSettings(RUNS, SEED, 2, shard, true), folder,
                (d, t) -> ProgressReporter.of(ProgressListener.NONE), null, model);
        return folder;
    }

    private List<Path> shards(int n, BatchRunner.Model model) throws Exception {
        List<Path> parts = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) parts.add(batch("part-" + i, new Shard(i, n), model));
        return parts;
    }

    private static void assertMergedEqualsWhole(Path whole, Path merged) throws Exception {
        for (String f : SAME)
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
    }

    @Test
    void mergedShardsEqualTheWholeBatch() throws Exception {
        Path whole = batch("whole", Shard.ALL, Negotiation::runToEnd);
        List<Path> parts = shards(3, Negotiation::runToEnd);
        assertEquals(14, ResultsFiles.csv(parts.get(2).resolve("runs.csv")).size(), "shard 0/3 has runs 0, 3, ... 39");
        Path out = tmp.resolve("merged");
        Merge.Merged merged = Merge.merge(parts, out, List.of());
        Merge.finishBatch(out, merged);
        assertMergedEqualsWhole(whole, out);
        JsonNode manifest = ResultsFiles.json(out.resolve("manifest.json"));
        assertEquals("0/1", manifest.get("shard").asText());
        assertEquals(3, manifest.get("merged_from").size());
        assertEquals("0/3", manifest.get("merged_from").get(0).get("shard").asText());
        assertEquals(ResultsFiles.json(whole.resolve("manifest.json")).get("plan_id"), manifest.get("plan_id"));
    }

    @Test
    void aShardWhoseRunsAllFailedMergesWithoutItsMetricColumns() throws Exception {
        BatchRunner.Model failsOnShardOne = (spec, seed) -> {
            for (int r = 1; r < RUNS; r += 3)
                if (RunSeeds.seed(SEED, r) == seed) throw new IllegalStateException("no quorum");
            return Negotiation.runToEnd(spec, seed);
        };
        Path whole = batch("whole", Shard.ALL, failsOnShardOne);
        List<Path> parts = shards(3, failsOnShardOne);
        assertFalse(ResultsFiles.header(parts.get(1).resolve("runs.csv")).contains("mean_utility"));
        Path out = tmp.resolve("merged");
        Merge.finishBatch(out, Merge.merge(parts, out, List.of()));
        assertMergedEqualsWhole(whole, out);
    }

    @Test
    void refusesPartsThatDoNotMakeOneWhole() throws Exception {
        List<Path> parts = shards(3, Negotiation::runToEnd);
        Path out = tmp.resolve("merged");
        String missing = assertThrows(ResultsFolderException.class,
                () -> Merge.merge(parts.subList(0, 2), out, List.of())).getMessage();
        assertTrue(missing.contains("missing shard 0/3"), missing);
        String twice = assertThrows(ResultsFolderException.class,
                () -> Merge.merge(List.of(parts.get(0), parts.get(0), parts.get(1)), out, List.of())).getMessage();
        assertTrue(twice.contains("given twice"), twice);
        Path other = tmp.resolve("other");
        Batch.run(scenario, new BatchSettings(RUNS, SEED + 1, 2, new Shard(0, 3), true), other,
                (d, t) -> ProgressReporter.of(ProgressListener.NONE), null, Negotiation::runToEnd);
        String plan = assertThrows(ResultsFolderException.class,
                () -> Merge.merge(List.of(parts.get(0), parts.get(1), other), out, List.of())).getMessage();
        assertTrue(plan.contains("different batch or sweep"), plan);
        Files.delete(parts.get(0).resolve("manifest.json"));
        String unfinished = assertThrows(ResultsFolderException.class,
                () -> Merge.merge(parts, out, List.of())).getMessage();
        assertTrue(unfinished.contains("not a finished results folder"), unfinished);
    }

    @Test
    void refusesATableCutMidRowAndWritesNoManifest() throws Exception {
        List<Path> parts = shards(3, Negotiation::runToEnd);
        Path rounds = parts.get(1).resolve("rounds.csv.gz");
        byte[] bytes = Files.readAllBytes(rounds);
        Path out = tmp.resolve("merged");
        // cut in the middle of a row, as an interrupted copy leaves it
        Files.write(rounds, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3 + 7));
        String cut = assertThrows(ResultsFolderException.class, () -> Merge.merge(parts, out, List.of())).getMessage();
        assertTrue(cut.contains("rounds.csv.gz: the file is cut off"), cut);
        assertTrue(!Files.exists(out.resolve("manifest.json")) && !Files.exists(out.resolve("rounds.csv.gz")));
        // runs.csv, merged before the rounds, is not left behind either: tables without a manifest would read as a
        // folder whose making was interrupted
        assertFalse(Files.exists(out.resolve("runs.csv")));
        // a row with a field missing inside the file: the field count says so, with the line
        Files.write(rounds, bytes);
        List<String> lines = new java.util.ArrayList<>(org.ministerial.TableText.readLines(rounds));
        lines.set(2, lines.get(2).substring(0, lines.get(2).lastIndexOf(',')));
        org.ministerial.TableText.writeLines(rounds, lines);
        String fields = assertThrows(org.ministerial.files.CsvFileException.class,
                () -> Merge.merge(parts, out, List.of())).getMessage();
        assertTrue(fields.contains("rounds.csv.gz:3: expected") && fields.contains(" fields, found "), fields);
    }

    @Test
    void aMergeThatFailsOnALaterTableLeavesNoneOfTheTablesItWrote() throws Exception {
        List<Path> parts = shards(2, Negotiation::runToEnd);
        Path coalitions = parts.get(0).resolve("coalitions.csv.gz");
        byte[] bytes = Files.readAllBytes(coalitions);
        Files.write(coalitions, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path out = tmp.resolve("merged");
        String cut = assertThrows(ResultsFolderException.class, () -> Merge.merge(parts, out, List.of())).getMessage();
        assertTrue(cut.contains("coalitions.csv.gz"), cut);
        try (java.util.stream.Stream<Path> left = Files.list(out)) {
            assertEquals(List.of(), left.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void refusesACorruptManifestNamingItsFileAndLine() throws Exception {
        List<Path> parts = shards(2, Negotiation::runToEnd);
        Path manifest = parts.get(0).resolve("manifest.json");
        byte[] bytes = Files.readAllBytes(manifest);
        Files.write(manifest, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        String m = assertThrows(ResultsFolderException.class,
                () -> Merge.merge(parts, tmp.resolve("merged"), List.of())).getMessage();
        assertTrue(m.contains("manifest.json:") && m.contains("not valid JSON (the file is cut short or corrupt)"), m);
    }
}
