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
 * started again with the same command: the final files are byte-identical to an uninterrupted run. Each kill comes a
 * random time after the process first committed runs, so it lands mid-sweep; the random seed is in the failure
 * message.
 */
class KillAndResumeTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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
                replications: 1000
                parameters:
                  parameters.chair.agenda_power: [0.4, 0.7, 1]
                """.replace("TEXTBOOK", ExperimentReaderTest.TEXTBOOK.toString()));
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(tmp.resolve("stderr-" + System.nanoTime() + ".txt").toFile()).start();
    }

    /** Starts the command, waits until it has committed runs of its own, then a random while more, and kills it. */
    private void killMidway(List<String> args, Path folder) throws Exception {
        Path journal = folder.resolve(".progress.json");
        int before = Math.max(0, committed(journal));
        Process p = start(args.toArray(String[]::new));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (committed(journal) <= before) {
            assertTrue(p.isAlive(), "the process ended before committing any run (seed " + seed + ")");
            assertTrue(System.nanoTime() < deadline, "no commit within 120 s");
            Thread.sleep(10);
        }
        Thread.sleep(random.nextInt(1000));
        assertTrue(p.isAlive(), "the process finished before it could be killed; make the sweep longer (seed "
                + seed + ")");
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

    private void killTwiceThenFinish(List<String> args, Path folder) throws Exception {
        for (int kill = 0; kill < 2; kill++) killMidway(args, folder);
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
        killTwiceThenFinish(List.of("sweep", exp.toString(), "--threads", "2", "--out", killed.toString()), killed);
        assertSame(whole, killed, SweepTest.FILES);
    }

    @Test
    void aBatchKilledTwiceEndsIdenticalToAnUninterruptedOne() throws Exception {
        // Cancún runs are slow enough (tens per second) for two kills to land mid-batch
        List<String> common = List.of("batch", "scenarios/cancun-2003.yaml", "--runs", "250", "--seed", "4",
                "--threads", "2", "--out");
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
        killTwiceThenFinish(args, killed);
        assertSame(whole, killed, List.of("runs.csv", "rounds.csv", "coalitions.csv", "summary.json"));
    }
}
