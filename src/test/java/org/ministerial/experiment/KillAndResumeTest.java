package org.ministerial.experiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.Shard;
import org.ministerial.cli.Main;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Real processes killed with SIGKILL ({@link Process#destroyForcibly()}) at random moments while they write, then
 * started again with the same command: the final files are byte-identical to an uninterrupted run. Each kill comes
 * after the process has committed runs of its own, at a random share of the time it still needs, so it lands
 * mid-run; the random seed is in the failure messages.
 */
class KillAndResumeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long COMMIT_MILLIS = 50;

    @TempDir
    Path tmp;

    private final long seed = System.nanoTime();
    private final Random random = new Random(seed);

    private Path experiment() throws IOException {
        return Files.writeString(tmp.resolve("kill.yaml"), """
                name: kill-test
                scenario: TEXTBOOK
                set: {parameters.noise.position: 0.05}
                seed: 11
                replications: 2000
                parameters:
                  parameters.chair.agenda_power: [0.4, 0.7, 1]
                """.replace("TEXTBOOK", ExperimentReaderTest.TEXTBOOK.toString()));
    }

    private Process start(String... args) throws IOException {
        // commits every 50 ms rather than every second, so that short runs still commit many times
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-Dministerial.commit.millis=" + COMMIT_MILLIS, "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve("stderr-" + System.nanoTime() + ".txt").toFile()).start();
    }

    /**
     * Starts the command and kills it once it has committed a random number of runs of its own (between its first
     * commit and half the runs), plus a random fraction of a commit interval: a random moment of the run, on a fast
     * machine as on a slow one.
     */
    private void killMidway(List<String> args, Path folder, int total) throws Exception {
        Path journal = folder.resolve(".progress.json");
        int before = Math.max(0, committed(journal));
        Process p = start(args.toArray(String[]::new));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        int target = -1;
        for (int c = committed(journal); target < 0 || c < target; c = committed(journal)) {
            // at most half way: on a fast machine the last tenth of the runs can pass between two commits and the
            // process finish before its journal shows the target
            if (target < 0 && c > before) target = c + (int) (random.nextDouble() * Math.max(0, 0.5 * total - c));
            assertTrue(p.isAlive(), "the process ended before the kill (seed " + seed + ")");
            assertTrue(System.nanoTime() < deadline, "no progress within 120 s");
            Thread.sleep(2);
        }
        Thread.sleep(random.nextInt((int) COMMIT_MILLIS));
        assertTrue(p.isAlive(), "the process finished before it could be killed (seed " + seed + ")");
        p.destroyForcibly();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    }

    private static int committed(Path journal) {
        try {
            return JSON.readTree(journal.toFile()).path("committed").asInt();
        } catch (IOException e) {
            return -1; // not there yet, or being replaced
        }
    }

    private void killTwiceThenFinish(List<String> args, Path folder, int total) throws Exception {
        for (int kill = 0; kill < 2; kill++) killMidway(args, folder, total);
        Process last = start(args.toArray(String[]::new));
        assertTrue(last.waitFor(300, TimeUnit.SECONDS));
        assertEquals(0, last.exitValue(), "the restarted process finished (seed " + seed + ")");
        JsonNode manifest = JSON.readTree(folder.resolve("manifest.json").toFile());
        assertEquals(2, manifest.get("resumed_at").size(), "two restarts recorded");
        assertTrue(manifest.get("resumed_at").get(1).asInt() >= manifest.get("resumed_at").get(0).asInt());
        assertTrue(manifest.get("resumed_at").get(0).asInt() > 0, "the first restart skipped the committed runs");
    }

    private void assertSame(Path expected, Path actual, List<String> files) throws IOException {
        for (String f : files)
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)),
                    f + " (seed " + seed + ")");
        try (var names = Files.list(actual)) {
            assertTrue(names.noneMatch(p -> p.getFileName().toString().startsWith(".")), "no hidden files remain");
        }
    }

    @Test
    void aSweepKilledTwiceEndsIdenticalToAnUninterruptedOne() throws Exception {
        Path exp = experiment();
        Path whole = SweepTest.sweep(exp, Shard.ALL, 2, tmp.resolve("whole"));
        Path killed = tmp.resolve("killed");
        killTwiceThenFinish(List.of("sweep", exp.toString(), "--threads", "2", "--out", killed.toString()), killed,
                6000);
        assertSame(whole, killed, SweepTest.FILES);
    }

    @Test
    void aBatchKilledTwiceEndsIdenticalToAnUninterruptedOne() throws Exception {
        List<String> common = List.of("batch", ExperimentReaderTest.TEXTBOOK.toString(), "--set",
                "parameters.noise.position=0.05", "--runs", "6000", "--seed", "4", "--threads", "2", "--out");
        Path whole = tmp.resolve("whole");
        List<String> first = new ArrayList<>(common);
        first.add(whole.toString());
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(new StringWriter()));
        assertEquals(0, cli.execute(first.toArray(String[]::new)));
        Path killed = tmp.resolve("killed");
        List<String> args = new ArrayList<>(common);
        args.add(killed.toString());
        killTwiceThenFinish(args, killed, 6000);
        assertSame(whole, killed, List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz", "summary.json"));
    }
}
