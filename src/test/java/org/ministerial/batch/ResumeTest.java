package org.ministerial.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.Negotiation;
import org.ministerial.scenario.Scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch interrupted at awkward moments and started again ends with the files of an uninterrupted batch. */
class ResumeTest {
    private static final int RUNS = 80;
    private static final long SEED = 17;
    private static final List<String> SAME = List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz", "summary.json");

    @TempDir
    Path tmp;

    private final Scenario scenario = Fixtures.scenario();

    /** Stands for the process dying: not caught by the runner, so nothing after it runs. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private BatchRunner.Model crashingAt(int run) {
        long seed = RunSeeds.seed(SEED, run);
        return (spec, s) -> {
            if (s == seed) throw new Crash();
            return Negotiation.runToEnd(spec, s);
        };
    }

    private Execution.Report batch(Path folder, BatchRunner.Model model, long seed) throws Exception {
        return Batch.run(scenario, new BatchSettings(RUNS, seed, 2), folder,
                (done, total) -> ProgressReporter.of(ProgressListener.NONE), null, model, 0);
    }

    private Path uninterrupted() throws Exception {
        Path folder = tmp.resolve("whole");
        batch(folder, Negotiation::runToEnd, SEED);
        return folder;
    }

    private static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String f : SAME)
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
        try (Stream<Path> files = Files.list(actual)) {
            Set<String> names = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
            assertEquals(Set.copyOf(ResultsWriter.FILES), names, "no journal or temporary files remain");
        }
    }

    @Test
    void aCrashedBatchContinuesAfterItsLastCommittedRunAndEndsIdentical() throws Exception {
        Path folder = tmp.resolve("crashed");
        assertThrows(Crash.class, () -> batch(folder, crashingAt(41), SEED));
        assertFalse(Files.exists(folder.resolve("manifest.json")));
        int committed = Journal.read(folder).orElseThrow().committed();
        assertTrue(committed > 0 && committed <= 41, "committed " + committed);

        assertThrows(Crash.class, () -> batch(folder, crashingAt(63), SEED));
        int second = Journal.read(folder).orElseThrow().committed();
        assertTrue(second >= committed && second <= 63, "committed " + second);

        Execution.Report report = batch(folder, Negotiation::runToEnd, SEED);
        assertEquals(second, report.resumedFrom());
        assertSameFiles(uninterrupted(), folder);
        JsonNode manifest = ResultsFiles.json(folder.resolve("manifest.json"));
        assertEquals(List.of(committed, second), List.of(manifest.get("resumed_at").get(0).asInt(),
                manifest.get("resumed_at").get(1).asInt()));
        assertTrue(manifest.get("code").asText().matches("[0-9a-f]{64}"), "the compiled code's fingerprint");
        assertEquals(CodeFingerprint.sha256(), manifest.get("code").asText());
    }

    @Test
    void aStoppedFolderIsRefusedByReadersWithTheCommandThatResumesIt() throws Exception {
        Path folder = tmp.resolve("stopped");
        assertThrows(Crash.class, () -> batch(folder, crashingAt(41), SEED));
        int committed = Journal.read(folder).orElseThrow().committed();
        assertEquals(folder + ": the batch or sweep writing it was stopped after " + committed + " runs, so it holds"
                + " no finished results; to resume, run the command that made it again, with the same --out",
                Execution.unfinished(folder).orElseThrow());
        Execution.noteCommand(folder, "bin/ministerial batch s.yaml --out x");
        ResultsFolderException e = assertThrows(ResultsFolderException.class, () -> ResultsCheck.finished(folder));
        assertTrue(e.getMessage().endsWith("stopped after " + committed + " runs, so it holds no finished results;"
                + " to resume, run\n  bin/ministerial batch s.yaml --out x"), e.getMessage());
        // finished, the folder keeps no note of the command (assertSameFiles lists every file)
        batch(folder, Negotiation::runToEnd, SEED);
        assertSameFiles(uninterrupted(), folder);
        assertTrue(Execution.unfinished(folder).isEmpty());
    }

    /** A calibration's journal marks its folder unfinished too, for plot and the other readers. */
    @Test
    void aStoppedCalibrationIsToldApartFromAFolderWithoutResults() throws Exception {
        Path folder = tmp.resolve("abc");
        Path state = Files.createDirectories(folder.resolve(WorkingFiles.AbcState.FOLDER));
        assertTrue(Execution.unfinished(folder).isEmpty());
        Files.writeString(state.resolve(WorkingFiles.AbcState.JOURNAL_FILE), "{\"identity\": \"x\", \"resumed_at\": []}");
        assertEquals(folder + ": the calibration writing it was stopped before it finished, so it holds no posterior "
                + "yet; to resume, run the command that made it again, with the same --out",
                Execution.unfinished(folder).orElseThrow());
        Execution.noteCommand(folder, "bin/ministerial calibrate e.yaml --out abc");
        assertTrue(Execution.unfinished(folder).orElseThrow().endsWith("to resume, run\n  bin/ministerial calibrate "
                + "e.yaml --out abc"));
    }

    @Test
    void rowsWrittenAfterTheLastCommitAreDropped() throws Exception {
        Path folder = tmp.resolve("torn");
        assertThrows(Crash.class, () -> batch(folder, crashingAt(30), SEED));
        for (String table : List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz"))
            Files.writeString(AtomicFile.tempOf(folder.resolve(table)), "999,half a row",
                    StandardOpenOption.APPEND);
        batch(folder, Negotiation::runToEnd, SEED);
        assertSameFiles(uninterrupted(), folder);
    }

    @Test
    void aCrashWhilePublishingIsFinishedByTheNextStart() throws Exception {
        Path folder = tmp.resolve("publishing");
        ScenarioPlan plan = new ScenarioPlan(scenario.spec(), RUNS, SEED, scenario.overrides());
        Execution.Job job = new Execution.Job(plan, Shard.ALL, "plan", 2, Negotiation::runToEnd, true);
        Execution.Finisher failing = (dir, timing) -> {
            throw new IOException("disk full");
        };
        assertThrows(IOException.class, () -> Execution.run(job, folder,
                (d, t) -> ProgressReporter.of(ProgressListener.NONE), null, failing, 0));
        assertTrue(Journal.read(folder).orElseThrow().complete());
        // as if the process had died after renaming runs.csv but before the other tables
        for (String table : List.of("rounds.csv.gz", "coalitions.csv.gz"))
            Files.move(folder.resolve(table), AtomicFile.tempOf(folder.resolve(table)));
        Execution.Job never = new Execution.Job(plan, Shard.ALL, "plan", 2, (spec, seed) -> {
            throw new AssertionError("no run is made again");
        }, true);
        Execution.Report report = Execution.run(never, folder, (d, t) -> ProgressReporter.of(ProgressListener.NONE),
                null, (dir, timing) -> Json.write(dir.resolve("summary.json"),
                        SummaryJson.of(scenario.name(), Summary.of(dir.resolve("runs.csv")))), 0);
        assertEquals(RUNS, report.resumedFrom());
        Path whole = uninterrupted();
        for (String f : SAME)
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(folder.resolve(f)), f);
        assertFalse(Files.exists(folder.resolve(WorkingFiles.Progress.FILE)));
    }

    @Test
    void unfinishedResultsOfAnotherBatchAreRefusedAndLeftAlone() throws Exception {
        Path folder = tmp.resolve("other");
        assertThrows(Crash.class, () -> batch(folder, crashingAt(20), SEED));
        byte[] journal = Files.readAllBytes(folder.resolve(WorkingFiles.Progress.FILE));
        ResultsFolderException e = assertThrows(ResultsFolderException.class,
                () -> batch(folder, Negotiation::runToEnd, SEED + 1));
        assertTrue(e.getMessage().contains("different command") && e.getMessage().contains("--out"),
                e.getMessage());
        assertArrayEquals(journal, Files.readAllBytes(folder.resolve(WorkingFiles.Progress.FILE)));
    }

    @Test
    void aFinishedBatchIsNotRunAgain() throws Exception {
        Path folder = uninterrupted();
        byte[] runs = Files.readAllBytes(folder.resolve("runs.csv"));
        Execution.Report report = batch(folder, (spec, seed) -> {
            throw new AssertionError("no run is made again");
        }, SEED);
        assertTrue(report.alreadyComplete());
        assertArrayEquals(runs, Files.readAllBytes(folder.resolve("runs.csv")));
    }

    @Test
    void aFinishedFolderOfAnotherBatchIsRefusedAndReplacedOnlyWhenAsked() throws Exception {
        Path folder = uninterrupted();
        byte[] runs = Files.readAllBytes(folder.resolve("runs.csv"));
        ResultsFolderException refused = org.junit.jupiter.api.Assertions.assertThrows(ResultsFolderException.class,
                () -> batch(folder, Negotiation::runToEnd, SEED + 1));
        assertTrue(refused.getMessage().contains("--force"), refused.getMessage());
        assertArrayEquals(runs, Files.readAllBytes(folder.resolve("runs.csv")));
        Execution.Report report = Batch.run(scenario, new BatchSettings(RUNS, SEED + 1, 2, Shard.ALL, true, true),
                folder, (done, total) -> ProgressReporter.of(ProgressListener.NONE), null, Negotiation::runToEnd, 0);
        assertFalse(report.alreadyComplete());
        assertEquals(SEED + 1, ResultsFiles.json(folder.resolve("manifest.json")).get("base_seed").asLong());
        assertEquals(RunSeeds.seed(SEED + 1, 0),
                SeedText.parse(ResultsFiles.csv(folder.resolve("runs.csv")).get(0).get("seed")));
    }
}
