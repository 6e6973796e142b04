package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --record actors} on the command line. */
class RecordActorsTest {
    private static final String CANCUN = "scenarios/cancun-2003.yaml";

    @TempDir
    Path tmp;

    @Test
    void runAndBatchWriteActorsCsvOnlyWhenAsked() throws Exception {
        Path run = tmp.resolve("run"), batch = tmp.resolve("batch"), plain = tmp.resolve("plain");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("run", CANCUN, "--seed", "4", "--record", "actors", "--out", run.toString()), h.err.toString());
        assertEquals(0, h.run("batch", CANCUN, "--runs", "2", "--seed", "4", "--threads", "2", "--record", "actors",
                "--out", batch.toString()), h.err.toString());
        assertEquals(0, h.run("run", CANCUN, "--seed", "4", "--out", plain.toString()), h.err.toString());
        assertFalse(Files.exists(plain.resolve("actors.csv.gz")));
        for (String f : List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz"))
            assertArrayEquals(Files.readAllBytes(plain.resolve(f)), Files.readAllBytes(run.resolve(f)), f);
        List<String> single = org.ministerial.TableText.readLines(run.resolve("actors.csv.gz"));
        List<String> rows = org.ministerial.TableText.readLines(batch.resolve("actors.csv.gz"));
        assertTrue(single.size() > 100, "a row per round and government");
        assertEquals(single, rows.subList(0, single.size()), "run --seed N is run 0 of batch --seed N");
        assertTrue(single.stream().skip(1).anyMatch(l -> !l.split(",")[single.get(0).split(",").length - 3]
                .equals("0")), "Cancún's organisations press some government");
    }

    @Test
    void anUnknownTableIsACommandLineMistake() {
        CliHarness h = new CliHarness();
        assertEquals(2, h.run("batch", CANCUN, "--record", "everything", "--out", tmp.resolve("x").toString()));
        assertTrue(h.err.toString().contains("--record takes `actors`"), h.err.toString());
    }
}
