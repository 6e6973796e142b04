package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.Batch;
import org.ministerial.batch.BatchSettings;
import org.ministerial.batch.Execution;
import org.ministerial.batch.ProgressListener;
import org.ministerial.batch.ProgressReporter;
import org.ministerial.batch.RunSeeds;
import org.ministerial.batch.Shard;
import org.ministerial.model.Negotiation;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code merge} given a part that is no finished shard says what it is (nothing, a file, no results folder, a
 * calibration, a shard that has not finished), the shard's advice only for the last; and a failed merge leaves no
 * {@code --out} folder it made behind.
 */
class MergePartsTest {
    private static final String TEXTBOOK = RunOutTest.TEXTBOOK;
    private static final String PARTS = "merge takes the results folders of the shards of one batch or sweep";

    @TempDir
    Path tmp;

    private Path shard(int i) {
        Path folder = tmp.resolve("p" + i);
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("batch", TEXTBOOK, "--runs", "12", "--shard", i + "/3", "--out", folder.toString()),
                h.err.toString());
        return folder;
    }

    /** Merges p0, {@code middle}, p2 into {@code out}: refused; the message, after checking no --out is left. */
    private String refused(Path middle, Path out) {
        CliHarness h = new CliHarness();
        assertEquals(1, h.run("merge", shard(0).toString(), middle.toString(), shard(2).toString(), "--out",
                out.toString()), h.out.toString());
        assertFalse(Files.exists(out), "a failed merge leaves no folder it made: " + h.err);
        String message = h.err.toString().strip();
        assertTrue(message.startsWith("error: " + middle), message);
        assertFalse(message.contains("Exception"), message);
        return message;
    }

    @Test
    void aPathThatDoesNotExistIsNoSuchFolder() {
        Path missing = tmp.resolve("does/not/exist");
        assertEquals("error: " + missing + ": no such folder; " + PARTS + " (--shard i/n)",
                refused(missing, tmp.resolve("out")));
    }

    @Test
    void aFileIsNoFolder() {
        Path yaml = Path.of("scenarios/textbook.yaml");
        assertEquals("error: " + yaml + ": a file, not a results folder; " + PARTS + " (--shard i/n)",
                refused(yaml, tmp.resolve("out")));
    }

    @Test
    void anUnrelatedFolderIsNoResultsFolder() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        Files.writeString(docs.resolve("notes.md"), "# notes");
        String message = refused(docs, tmp.resolve("out"));
        assertEquals("error: " + docs + " is not a results folder (no manifest.json); " + PARTS + " (--shard i/n)",
                message);
    }

    @Test
    void aCalibrationIsNoShard() throws Exception {
        Path abc = tmp.resolve("abc");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("calibrate", RunOutTest.calibrationExperiment(tmp).toString(), "--threads", "2",
                "--out", abc.toString()), h.err.toString());
        String message = refused(abc, tmp.resolve("out"));
        assertTrue(message.contains("holds the results of a calibration, which has no shards"), message);
        assertFalse(message.contains("has not finished"), message);
    }

    @Test
    void onlyAShardThatHasNotFinishedGetsTheShardsAdvice() throws Exception {
        Path stopped = tmp.resolve("p1");
        long crashSeed = RunSeeds.seed(1, 7);
        assertThrows(Error.class, () -> Batch.run(ScenarioLoader.load(Path.of(TEXTBOOK), Map.of()),
                new BatchSettings(12, 1, 1, new Shard(1, 3), true), stopped,
                (done, total) -> ProgressReporter.of(ProgressListener.NONE), null, (spec, seed) -> {
                    if (seed == crashSeed) throw new Error("stopped");
                    return Negotiation.runToEnd(spec, seed);
                }));
        Execution.noteCommand(stopped, "bin/ministerial batch textbook.yaml --shard 1/3 --out p1");
        String message = refused(stopped, tmp.resolve("out"));
        assertTrue(message.startsWith("error: " + stopped + " is not a finished results folder: its shard has not "
                + "finished ("), message);
        assertTrue(message.endsWith("; run the same command again to complete it:\n"
                + "  bin/ministerial batch textbook.yaml --shard 1/3 --out p1"), message);

        // the shard's tables without the manifest a finished shard writes last: no shard under way
        Path damaged = shard(1);
        Files.delete(damaged.resolve("manifest.json"));
        String noManifest = refused(damaged, tmp.resolve("out"));
        assertEquals("error: " + damaged + " is not a finished results folder (it has runs.csv but no manifest.json,"
                + " which a finished batch or sweep writes last)", noManifest);
    }

    @Test
    void onlyTheFoldersTheMergeMadeGoAndOnlyWhileEmpty() throws Exception {
        Path missing = tmp.resolve("nothing");
        // every folder on the way to --out was made by the merge: all go
        refused(missing, tmp.resolve("a/b/out"));
        assertFalse(Files.exists(tmp.resolve("a")));
        // a folder that was there stays, empty or not
        Path there = Files.createDirectories(tmp.resolve("there"));
        CliHarness h = new CliHarness();
        assertEquals(1, h.run("merge", shard(0).toString(), missing.toString(), "--out", there.toString()));
        assertTrue(Files.isDirectory(there));
        Path parent = Files.createDirectories(tmp.resolve("parent"));
        assertEquals(1, h.run("merge", shard(0).toString(), missing.toString(), "--out",
                parent.resolve("new/out").toString()));
        assertTrue(Files.isDirectory(parent));
        assertFalse(Files.exists(parent.resolve("new")));
        // a folder that is not empty (here the lock of another merge would be; a user's file) is kept
        Path made = tmp.resolve("made/out");
        Files.createDirectories(made);
        Files.writeString(made.resolve("mine.txt"), "x");
        MergeCommand.removeEmpty(made, tmp.resolve("made"));
        assertTrue(Files.exists(made.resolve("mine.txt")));
    }

    @Test
    void aGoodMergeStillWorks() {
        CliHarness h = new CliHarness();
        Path out = tmp.resolve("new/merged");
        assertEquals(0, h.run("merge", shard(0).toString(), shard(1).toString(), shard(2).toString(), "--out",
                out.toString()), h.err.toString());
        assertTrue(Files.exists(out.resolve("manifest.json")));
    }
}
