package org.ministerial.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.Negotiation;
import org.ministerial.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code actors.csv} ({@code --record actors}): the same bytes for any threads, shards or resumes, consistent with the
 * other tables, absent unless asked for, and part of the plan identity.
 */
class ActorsTableTest {
    private static final int RUNS = 30;
    private static final long SEED = 11;
    private static final List<String> TABLES = List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz", "summary.json",
            ResultsSchema.Actors.FILE);

    @TempDir
    Path tmp;

    private final Scenario scenario = Fixtures.scenario();

    /** Stands for the process dying. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private BatchSettings settings(int threads, Shard shard, boolean record) {
        return new BatchSettings(RUNS, SEED, threads, shard, true, false, BatchSettings.DEFAULT_RUNS_PER_DRAW, record);
    }

    private Path batch(String name, BatchSettings settings) throws Exception {
        Path folder = tmp.resolve(name);
        Batch.run(scenario, settings, folder, (d, t) -> ProgressReporter.of(ProgressListener.NONE), null,
                Negotiation::runToEnd, 0);
        return folder;
    }

    private static void assertSame(Path expected, Path actual, List<String> files) throws Exception {
        for (String f : files)
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
    }

    @Test
    void theTableIsWrittenOnlyWhenAskedForAndLeavesTheOtherFilesAlone() throws Exception {
        Path plain = batch("plain", settings(2, Shard.ALL, false));
        Path recorded = batch("recorded", settings(2, Shard.ALL, true));
        assertFalse(Files.exists(plain.resolve(ResultsSchema.Actors.FILE)));
        assertFalse(ResultsFiles.json(plain.resolve("manifest.json")).has("record"));
        assertTrue(Files.exists(recorded.resolve(ResultsSchema.Actors.FILE)));
        assertEquals("actors", ResultsFiles.json(recorded.resolve("manifest.json")).get("record").get(0).asText());
        assertSame(plain, recorded, TABLES.subList(0, 4));
        assertNotEquals(Batch.planId(scenario, settings(2, Shard.ALL, false)),
                Batch.planId(scenario, settings(2, Shard.ALL, true)));
    }

    private static List<Map<String, String>> maps(Path file) throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        for (org.apache.commons.csv.CSVRecord r : ResultsFiles.csv(file)) rows.add(r.toMap());
        return rows;
    }

    @Test
    void rowsAgreeWithRoundsAndRuns() throws Exception {
        Path folder = batch("recorded", settings(2, Shard.ALL, true));
        List<Map<String, String>> actors = maps(folder.resolve(ResultsSchema.Actors.FILE));
        List<Map<String, String>> rounds = maps(folder.resolve("rounds.csv.gz"));
        List<Map<String, String>> runs = maps(folder.resolve("runs.csv"));
        int n = scenario.spec().actors().size();
        assertEquals(List.of("run", "round", "actor", "stated_dom_support", "stated_investment", "text_dom_support",
                "text_investment", "accepting", "utility", "reservation", "pressure", "coalition", "walked_out"),
                ResultsFiles.header(folder.resolve(ResultsSchema.Actors.FILE)));
        assertEquals(rounds.size() * n, actors.size(), "one row per run, round and government");
        for (int r = 0; r < rounds.size(); r++) {
            Map<String, String> round = rounds.get(r);
            int accepting = 0, out = 0;
            for (int i = 0; i < n; i++) {
                Map<String, String> a = actors.get(r * n + i);
                assertEquals(round.get("run"), a.get("run"));
                assertEquals(round.get("round"), a.get("round"));
                assertEquals(scenario.spec().actors().get(i).code(), a.get("actor"));
                accepting += Integer.parseInt(a.get("accepting"));
                out += Integer.parseInt(a.get("walked_out"));
            }
            assertEquals(Integer.parseInt(round.get("accepting")), accepting, "row " + r);
            assertEquals(Integer.parseInt(round.get("walked_out")), out, "row " + r);
        }
        // the last round of each run: who accepted is who rejections.csv.gz says did not
        Map<String, List<String>> rejected = ResultsFiles.rejecters(folder);
        for (Map<String, String> run : runs) {
            String end = run.get("end_round");
            List<String> rejecters = new ArrayList<>();
            for (Map<String, String> a : actors)
                if (a.get("run").equals(run.get("run")) && a.get("round").equals(end) && a.get("accepting").equals("0"))
                    rejecters.add(a.get("actor"));
            assertEquals(rejected.getOrDefault(run.get("run"), List.of()), rejecters, "run " + run.get("run"));
        }
    }

    @Test
    void theSameBytesForAnyThreadsAndForMergedShards() throws Exception {
        Path one = batch("one", settings(1, Shard.ALL, true));
        Path four = batch("four", settings(4, Shard.ALL, true));
        assertSame(one, four, TABLES);
        List<Path> parts = new ArrayList<>();
        for (int i = 0; i < 3; i++) parts.add(batch("part-" + i, settings(2, new Shard(i, 3), true)));
        Path out = tmp.resolve("merged");
        Merge.finishBatch(out, Merge.merge(parts, out, List.of()));
        assertSame(one, out, TABLES);
    }

    @Test
    void aCrashedRecordedBatchResumesToTheSameBytesAndRefusesAnotherRecordChoice() throws Exception {
        Path whole = batch("whole", settings(2, Shard.ALL, true));
        Path folder = tmp.resolve("crashed");
        BatchSettings recorded = settings(2, Shard.ALL, true);
        ActorsTable.Recording plan = new ActorsTable.Recording(new ScenarioPlan(scenario.spec(), RUNS, SEED,
                scenario.overrides()));
        long crashSeed = RunSeeds.seed(SEED, 17);
        java.util.Set<Long> earlierSeeds = new java.util.HashSet<>();
        for (int run = 0; run < 17; run++) earlierSeeds.add(RunSeeds.seed(SEED, run));
        // the crash waits for the runs before it: on a loaded machine it could otherwise come before run 0 was
        // written, and there would be nothing committed to resume from
        java.util.concurrent.CountDownLatch earlier = new java.util.concurrent.CountDownLatch(earlierSeeds.size());
        BatchRunner.Model recording = plan.model();
        BatchRunner.Model crashing = (spec, seed) -> {
            if (seed == crashSeed) {
                try {
                    earlier.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw new Crash();
            }
            var result = recording.run(spec, seed);
            if (earlierSeeds.contains(seed)) earlier.countDown();
            return result;
        };
        Execution.Job job = new Execution.Job(plan, Shard.ALL, Batch.planId(scenario, recorded), 2, crashing, true);
        assertThrows(Crash.class, () -> Execution.run(job, folder, (d, t) -> ProgressReporter.of(ProgressListener.NONE),
                null, (dir, timing) -> {
                }, 0));
        assertTrue(Journal.read(folder).orElseThrow().committed() > 0);
        assertTrue(Journal.read(folder).orElseThrow().length(ResultsSchema.Actors.FILE) > 0, "the table is committed");
        // a resume without --record actors is another command
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> batch("crashed", settings(2, Shard.ALL, false)));
        assertTrue(e.getMessage().contains("different command"), e.getMessage());
        Execution.Report report = Batch.run(scenario, recorded, folder,
                (d, t) -> ProgressReporter.of(ProgressListener.NONE), null, Negotiation::runToEnd, 0);
        assertTrue(report.resumedFrom() > 0);
        assertSame(whole, folder, TABLES);
    }

    @Test
    void aFinishedRecordedFolderIsNotTakenForAnUnrecordedOne() throws Exception {
        batch("folder", settings(2, Shard.ALL, true));
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> batch("folder", settings(2, Shard.ALL, false)));
        assertTrue(e.getMessage().contains("--force"), e.getMessage());
    }
}
