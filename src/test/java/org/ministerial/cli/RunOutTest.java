package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.Batch;
import org.ministerial.batch.BatchSettings;
import org.ministerial.batch.ProgressListener;
import org.ministerial.batch.ProgressReporter;
import org.ministerial.batch.RunSeeds;
import org.ministerial.batch.Shard;
import org.ministerial.batch.WorkingFiles;
import org.ministerial.model.Negotiation;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code run --out DIR} keeps the results of another command in {@code DIR} as {@code batch} does: a finished batch,
 * sweep or calibration is refused unless {@code --force} is given, a stopped one always (only its own command can
 * resume it); the run's own folder is written anew. {@code merge} and {@code calibrate} keep a stopped batch too.
 */
class RunOutTest {
    static final String TEXTBOOK = Path.of("scenarios/textbook.yaml").toAbsolutePath().toString();

    @TempDir
    Path tmp;

    /** What stops a batch as a kill does: an error no run survives (a runtime exception only fails its run). */
    private static final class Stop extends Error {
        private static final long serialVersionUID = 1L;
    }

    /** Every file under {@code folder} (hidden ones too) with its bytes' hash: what a refused command must not touch. */
    static Map<String, Integer> contents(Path folder) throws Exception {
        Map<String, Integer> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList())
                out.put(folder.relativize(p).toString(), java.util.Arrays.hashCode(Files.readAllBytes(p)));
        }
        return out;
    }

    /** A sweep of the textbook scenario, 2 points x 2 replications. */
    static Path sweepExperiment(Path tmp) throws Exception {
        return Files.writeString(tmp.resolve("sweep.yaml"), "name: tiny-sweep\nscenario: " + TEXTBOOK + "\n"
                + "set:\n  parameters.noise.position: 0.05\nseed: 1\nreplications: 2\n"
                + "parameters:\n  parameters.chair.agenda_power: [0.5, 1]\n");
    }

    /** A calibration of the textbook scenario, one small generation, seed 2003. */
    static Path calibrationExperiment(Path tmp) throws Exception {
        return Files.writeString(tmp.resolve("abc.yaml"), "name: tiny-abc\nscenario: " + TEXTBOOK + "\n"
                + "set:\n  parameters.noise.position: 0.05\nseed: 2003\n"
                + "priors:\n  parameters.chair.agenda_power: {min: 0.2, max: 1}\n"
                + "targets:\n  end_round: {observed: 4, scale: 1}\n"
                + "abc: {particles: 8, runs_per_particle: 1, generations: 2}\n");
    }

    private static CliHarness ok(String... args) {
        CliHarness h = new CliHarness();
        assertEquals(0, h.run(args), h.err.toString());
        return h;
    }

    /** Runs {@code run --out folder} (and the rest) and checks that it is refused, touching nothing; its message. */
    private static String refused(Path folder, String... more) throws Exception {
        Map<String, Integer> before = contents(folder);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("run", TEXTBOOK, "--out",
                folder.toString()));
        args.addAll(java.util.List.of(more));
        CliHarness h = new CliHarness();
        assertEquals(1, h.run(args.toArray(String[]::new)), h.out + "\n" + h.err);
        assertEquals(before, contents(folder), "a refused run leaves the folder as it was");
        String message = h.err.toString();
        assertTrue(message.startsWith("error: " + folder + " holds the "), message);
        assertTrue(!message.contains("Exception"), message);
        return message;
    }

    /** Tables of results' names in a folder no command of ours finished are the user's: refused, kept. */
    @Test
    void aFolderHoldingTablesButNoManifestIsRefused() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(folder.resolve("runs.csv"), "mine\n");
        Files.writeString(folder.resolve("notes.txt"), "also mine\n");
        String message = refused(folder);
        assertTrue(message.contains(folder + " holds the files runs.csv but no manifest.json"), message);
        ok("batch", TEXTBOOK, "--runs", "2", "--force", "--out", folder.toString());
        assertEquals(3, Files.readAllLines(folder.resolve("runs.csv")).size(), "--force replaces them");
        assertEquals("also mine\n", Files.readString(folder.resolve("notes.txt")));
        // a folder with files of other names only is written as before
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.writeString(other.resolve("notes.txt"), "mine\n");
        ok("run", TEXTBOOK, "--out", other.toString());
    }

    @Test
    void aFinishedBatchIsRefusedAndReplacedOnlyWithForce() throws Exception {
        Path folder = tmp.resolve("batch");
        ok("batch", TEXTBOOK, "--runs", "20", "--seed", "5", "--out", folder.toString());
        String message = refused(folder);
        assertTrue(message.contains("holds the finished results of a different command (batch of textbook, 20 runs,"
                + " seed 5, finished "), message);
        assertTrue(message.contains("give --force to replace them, or write to another --out"), message);

        ok("run", TEXTBOOK, "--force", "--out", folder.toString());
        assertEquals(2, Files.readAllLines(folder.resolve("runs.csv")).size());
    }

    @Test
    void aReplayIsRefusedAFinishedBatchAsWell() throws Exception {
        Path batch = tmp.resolve("batch"), other = tmp.resolve("other");
        ok("batch", TEXTBOOK, "--runs", "20", "--seed", "5", "--out", batch.toString());
        ok("batch", TEXTBOOK, "--runs", "20", "--seed", "6", "--out", other.toString());
        Map<String, Integer> before = contents(other);
        CliHarness h = new CliHarness();
        assertEquals(1, h.run("run", "--replay", batch.toString(), "--run", "3", "--out", other.toString()));
        assertTrue(h.err.toString().contains("holds the finished results of a different command"), h.err.toString());
        assertEquals(before, contents(other));
        ok("run", "--replay", batch.toString(), "--run", "3", "--force", "--out", other.toString());
        assertEquals(2, Files.readAllLines(other.resolve("runs.csv")).size());
    }

    @Test
    void aSweepIsRefused() throws Exception {
        Path folder = tmp.resolve("sweep");
        ok("sweep", sweepExperiment(tmp).toString(), "--out", folder.toString());
        assertTrue(refused(folder).contains("holds the finished results of a different command (sweep of "));
    }

    @Test
    void aCalibrationIsRefused() throws Exception {
        Path folder = tmp.resolve("abc");
        ok("calibrate", calibrationExperiment(tmp).toString(), "--threads", "2", "--out", folder.toString());
        assertTrue(refused(folder).contains("holds the finished results of a different command (calibration of "));
    }

    /** A batch of 20 textbook runs, seed 1, stopped at run 15. */
    static Path stoppedBatch(Path folder) throws Exception {
        long crashSeed = RunSeeds.seed(1, 15);
        assertThrows(Stop.class, () -> Batch.run(ScenarioLoader.load(Path.of(TEXTBOOK), Map.of()),
                new BatchSettings(20, 1, 1, Shard.ALL, true), folder,
                (done, total) -> ProgressReporter.of(ProgressListener.NONE), null, (spec, seed) -> {
                    if (seed == crashSeed) throw new Stop();
                    return Negotiation.runToEnd(spec, seed);
                }));
        assertTrue(Files.exists(folder.resolve(WorkingFiles.Progress.FILE)), "the stopped batch keeps its journal");
        return folder;
    }

    @Test
    void aStoppedBatchIsRefusedEvenWithForce() throws Exception {
        Path folder = stoppedBatch(tmp.resolve("stopped"));
        for (String[] more : new String[][]{{}, {"--force"}}) {
            String message = refused(folder, more);
            assertTrue(message.contains("holds the unfinished results of a different command"), message);
            assertTrue(message.contains("delete it to start over, or write to another --out"), message);
        }
        // it is still the stopped batch: the command that made it finishes it
        ok("batch", TEXTBOOK, "--runs", "20", "--threads", "1", "--out", folder.toString());
        assertEquals(21, Files.readAllLines(folder.resolve("runs.csv")).size());
    }

    @Test
    void aBatchOfOtherSettingsIsToldWhichCommandStartedTheStoppedOne() throws Exception {
        Path folder = stoppedBatch(tmp.resolve("stopped"));
        String started = "bin/ministerial batch " + TEXTBOOK + " --runs 20 --threads 1 --out " + folder;
        org.ministerial.batch.Execution.noteCommand(folder, started);
        CliHarness h = new CliHarness();
        assertEquals(1, h.run("batch", TEXTBOOK, "--runs", "30", "--out", folder.toString()), h.err.toString());
        assertTrue(h.err.toString().contains("holds the unfinished results of a different command"), h.err.toString());
        assertTrue(h.err.toString().contains("it was started by `" + started + "`, which resumes it"), h.err.toString());
        // and that command does resume it
        ok("batch", TEXTBOOK, "--runs", "20", "--threads", "1", "--out", folder.toString());
        assertEquals(21, Files.readAllLines(folder.resolve("runs.csv")).size());
    }

    @Test
    void mergeAndCalibrateKeepAStoppedBatchToo() throws Exception {
        Path folder = stoppedBatch(tmp.resolve("stopped"));
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        ok("batch", TEXTBOOK, "--runs", "4", "--shard", "0/2", "--out", a.toString());
        ok("batch", TEXTBOOK, "--runs", "4", "--shard", "1/2", "--out", b.toString());
        Map<String, Integer> before = contents(folder);
        for (String[] args : new String[][]{
                {"merge", a.toString(), b.toString(), "--force", "--out", folder.toString()},
                {"calibrate", calibrationExperiment(tmp).toString(), "--force", "--out", folder.toString()}}) {
            CliHarness h = new CliHarness();
            assertEquals(1, h.run(args), h.err.toString());
            assertTrue(h.err.toString().contains(folder + " holds the unfinished results of a different command (a "
                    + "batch or sweep, stopped before its last run); delete it to start over"), h.err.toString());
            assertEquals(before, contents(folder), args[0]);
        }
    }

    @Test
    void aStoppedCalibrationIsRefusedByRunAndBatch() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("abc").resolve(WorkingFiles.AbcState.FOLDER)).getParent();
        Files.writeString(folder.resolve(WorkingFiles.AbcState.FOLDER).resolve(WorkingFiles.AbcState.JOURNAL_FILE),
                "{\"identity\" : \"x\", \"resumed_at\" : [ ]}\n");
        for (String[] more : new String[][]{{}, {"--force"}})
            assertTrue(refused(folder, more).contains("holds the unfinished results of a different command (a "
                    + "calibration, stopped before its last generation)"));
        CliHarness batch = new CliHarness();
        assertEquals(1, batch.run("batch", TEXTBOOK, "--runs", "5", "--force", "--out", folder.toString()));
        assertTrue(batch.err.toString().contains("unfinished results of a different command (a calibration"),
                batch.err.toString());
    }

    @Test
    void theRunsOwnFolderIsWrittenAnewAndAnotherRunsIsRefused() throws Exception {
        Path folder = tmp.resolve("run");
        ok("run", TEXTBOOK, "--seed", "3", "--out", folder.toString());
        byte[] runs = Files.readAllBytes(folder.resolve("runs.csv"));
        ok("run", TEXTBOOK, "--seed", "3", "--out", folder.toString());
        org.junit.jupiter.api.Assertions.assertArrayEquals(runs, Files.readAllBytes(folder.resolve("runs.csv")));
        assertTrue(refused(folder, "--seed", "4").contains("(batch of textbook, 1 run, seed 3, finished "));
    }
}
