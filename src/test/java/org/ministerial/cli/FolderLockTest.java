package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.FolderLock;
import org.ministerial.batch.WorkingFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One writer per results folder: a second command on a folder in use is refused and touches nothing. */
class FolderLockTest {
    private static final String TEXTBOOK = Path.of("scenarios/textbook.yaml").toAbsolutePath().toString();

    @TempDir
    Path tmp;

    private static Map<String, Long> listing(Path folder) throws Exception {
        Map<String, Long> out = new TreeMap<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.toList()) out.put(p.getFileName().toString(), Files.size(p));
        }
        return out;
    }

    @Test
    void aSecondBatchOnAFolderInUseIsRefusedAndTheFirstFinishesIntact() throws Exception {
        Path folder = tmp.resolve("out");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process first = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.ministerial.cli.Main", "batch", TEXTBOOK, "--runs", "40000", "--seed", "3", "--threads", "1",
                "--out", folder.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("first.log").toFile())
                .start();
        Path lock = folder.resolve(WorkingFiles.LOCK_FILE);
        for (int i = 0; i < 600 && !Files.exists(lock) && first.isAlive(); i++) Thread.sleep(50);
        assertTrue(Files.exists(lock), "the first batch holds the lock: " + Files.readString(tmp.resolve("first.log")));
        Thread.sleep(200); // let the first write the holder line

        CliHarness second = new CliHarness();
        assertEquals(1, second.run("batch", TEXTBOOK, "--runs", "50", "--seed", "3", "--out", folder.toString()));
        String message = second.err.toString();
        assertTrue(message.contains("is in use by another command (pid " + first.pid() + " on "), "[" + message + "]" + second.out);
        assertFalse(message.contains("Exception"), message);

        assertTrue(first.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, first.exitValue(), Files.readString(tmp.resolve("first.log")));
        assertFalse(Files.exists(lock), "the lock file goes with its holder");
        List<String> runs = Files.readAllLines(folder.resolve("runs.csv"));
        assertEquals(40001, runs.size());
        assertTrue(Files.exists(folder.resolve("manifest.json")));
    }

    @Test
    void aMergeIntoAFolderInUseIsRefusedBeforeItWritesAnything() throws Exception {
        CliHarness cli = new CliHarness();
        Path a = tmp.resolve("a"), b = tmp.resolve("b"), out = tmp.resolve("merged");
        assertEquals(0, cli.run("batch", TEXTBOOK, "--runs", "20", "--shard", "0/2", "--out", a.toString()));
        assertEquals(0, cli.run("batch", TEXTBOOK, "--runs", "20", "--shard", "1/2", "--out", b.toString()));
        try (FolderLock held = FolderLock.acquire(out)) {
            Map<String, Long> before = listing(out);
            CliHarness merge = new CliHarness();
            assertEquals(1, merge.run("merge", a.toString(), b.toString(), "--out", out.toString()));
            assertTrue(merge.err.toString().contains("is in use by another command"), merge.err.toString());
            assertEquals(before, listing(out));
        }
        assertEquals(0, cli.run("merge", a.toString(), b.toString(), "--out", out.toString()), cli.err.toString());
        assertTrue(Files.exists(out.resolve("manifest.json")) && !Files.exists(out.resolve(WorkingFiles.LOCK_FILE)));
    }

    @Test
    void aLockFileLeftByADeadHolderIsTakenOver() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("stale"));
        Files.writeString(folder.resolve(WorkingFiles.LOCK_FILE), "pid 999999 on elsewhere, since 2026-01-01T00:00Z\n");
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("batch", TEXTBOOK, "--runs", "10", "--out", folder.toString()), cli.err.toString());
        assertTrue(Files.exists(folder.resolve("manifest.json")));
        assertFalse(Files.exists(folder.resolve(WorkingFiles.LOCK_FILE)));
    }

    @Test
    void aFinishedFolderOfAnotherPlanIsKeptUnlessForced() throws Exception {
        Path folder = tmp.resolve("finished");
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("batch", TEXTBOOK, "--runs", "40", "--seed", "5", "--out", folder.toString()));
        byte[] runs = Files.readAllBytes(folder.resolve("runs.csv"));
        CliHarness other = new CliHarness();
        assertEquals(1, other.run("batch", TEXTBOOK, "--runs", "5", "--seed", "5", "--out", folder.toString()));
        assertTrue(other.err.toString().contains("holds the finished results of a different command (batch of "
                + "textbook, 40 runs, seed 5, finished "), other.err.toString());
        assertTrue(other.err.toString().contains("give --force to replace them"), other.err.toString());
        org.junit.jupiter.api.Assertions.assertArrayEquals(runs, Files.readAllBytes(folder.resolve("runs.csv")));
        // the same command again is no change of plan: nothing to do
        CliHarness same = new CliHarness();
        assertEquals(0, same.run("batch", TEXTBOOK, "--runs", "40", "--seed", "5", "--out", folder.toString()));
        assertTrue(same.out.toString().contains("already complete"), same.out.toString());
        CliHarness forced = new CliHarness();
        assertEquals(0, forced.run("batch", TEXTBOOK, "--runs", "5", "--seed", "5", "--force", "--out",
                folder.toString()), forced.err.toString());
        assertEquals(6, Files.readAllLines(folder.resolve("runs.csv")).size());
    }

    @Test
    void aStoppedBatchPrintsTheCommandThatResumesIt() throws Exception {
        Path folder = tmp.resolve("stopped");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                "org.ministerial.cli.Main", "batch", TEXTBOOK, "--runs", "200000", "--threads", "1",
                "--out", folder.toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile())
                .start();
        // stop it once runs are being written (before that the progress display has no line to end; a loaded
        // machine can take seconds to start the batch)
        for (int i = 0; i < 1200 && committed(folder) <= 0 && child.isAlive(); i++) Thread.sleep(50);
        child.destroy(); // SIGTERM, as the user's kill or a scheduler's time limit sends
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        List<String> log = Files.readAllLines(tmp.resolve("child.log"));
        String hint = log.stream().filter(l -> l.startsWith("  bin/ministerial batch ")).findFirst()
                .orElseThrow(() -> new AssertionError(String.join("\n", log)));
        // the runs reported kept are those the journal holds, and nothing after the stop claims more
        String committed = Integer.toString(committed(folder));
        int stop = log.indexOf("batch: stopped; " + committed + "/200000 runs ("
                + Integer.parseInt(committed) * 100 / 200000
                + "%) kept (any written after the last commit are made again on resume)");
        assertTrue(stop >= 0, log.toString());
        assertEquals("stopped: " + committed + " runs written so far are kept in " + folder + "; to resume, run",
                log.get(stop + 1));
        assertEquals(hint, log.get(stop + 2));
        assertEquals(stop + 3, log.size(), log.toString());
        // the very command that was stopped: run again, it resumes (ResumeTest, KillAndResumeTest)
        String[] args = hint.strip().substring("bin/ministerial ".length()).split(" ");
        assertEquals(List.of("batch", TEXTBOOK, "--runs", "200000", "--threads", "1", "--out", folder.toString()),
                List.of(args));
    }

    /** The runs the journal of a running or stopped batch holds; -1 before it has one. */
    private static int committed(Path folder) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(folder.resolve(".progress.json").toFile())
                    .path("committed").asInt(-1);
        } catch (java.io.IOException notYetWritten) {
            return -1;
        }
    }
}
