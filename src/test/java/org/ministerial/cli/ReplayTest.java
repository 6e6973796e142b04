package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.RunSeeds;
import org.ministerial.batch.RunsCsv;
import org.ministerial.model.Negotiation;
import org.ministerial.model.RunResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code run --replay RESULTS --run N} and {@code gui --replay}: run N of a batch, made again exactly. */
class ReplayTest {
    private static final String CANCUN = "scenarios/cancun-2003.yaml";
    private static final int RUN = 5;

    @TempDir
    Path tmp;

    private Path batch() {
        Path folder = tmp.resolve("batch");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("batch", CANCUN, "--runs", "8", "--seed", "7", "--runs-per-draw", "2", "--threads", "2",
                "--set", "parameters.chair.mediation=0.4", "--out", folder.toString()), h.err.toString());
        return folder;
    }

    private static List<String> rowsOf(Path file, int run) throws Exception {
        return org.ministerial.TableText.readLines(file).stream().skip(1).filter(l -> l.startsWith(run + ",")).toList();
    }

    @Test
    void runReplayWritesRunNsRowsAgain() throws Exception {
        Path batch = batch();
        assertTrue(Files.readAllLines(batch.resolve("runs.csv")).get(0).contains("input_draw"),
                "Cancún draws its inputs, so the replay must draw the same ones");
        Path again = tmp.resolve("again");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("run", "--replay", batch.toString(), "--run", Integer.toString(RUN), "--out",
                again.toString()), h.err.toString());
        assertTrue(h.out.toString().contains("replaying run " + RUN), h.out.toString());
        for (String table : List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz")) {
            List<String> expected = rowsOf(batch.resolve(table), RUN);
            assertTrue(!expected.isEmpty(), table);
            assertEquals(expected, rowsOf(again.resolve(table), RUN), table);
            assertEquals(expected.size(), org.ministerial.TableText.readLines(again.resolve(table)).size() - 1, table);
        }
    }

    @Test
    void theGuiStartsOnTheSameSpecAndSeed() throws Exception {
        Path batch = batch();
        GuiCommand.Start start = GuiCommand.replayed(RunCommand.Replay.of(batch, RUN));
        assertEquals(RunSeeds.seed(7, RUN), start.seed());
        RunResult result = Negotiation.runToEnd(start.scenario().spec(), start.seed());
        try (RunsCsv runs = RunsCsv.open(batch.resolve("runs.csv"))) {
            for (RunsCsv.Row row : runs) {
                if (row.run() != RUN) continue;
                assertEquals(row.outcome(), result.outcome());
                assertEquals(row.endRound(), result.endSession());
                for (var metric : row.metrics().entrySet())
                    assertEquals(metric.getValue(), result.metrics().get(metric.getKey()), 1e-6, metric.getKey());
            }
        }
        assertEquals("0.4", start.scenario().overrides().get("parameters.chair.mediation"));
    }

    @Test
    void mistakesAreNamed() {
        Path batch = batch();
        CliHarness h = new CliHarness();
        assertEquals(2, h.run("run", "--replay", batch.toString()));
        assertTrue(h.err.toString().contains("--run N"), h.err.toString());
        assertEquals(2, h.run("run", CANCUN, "--replay", batch.toString(), "--run", "1"));
        assertEquals(2, h.run("run"));
        assertEquals(1, h.run("run", "--replay", batch.toString(), "--run", "8", "--out", tmp.resolve("x").toString()));
        assertTrue(h.err.toString().contains("--run 8 is not one of them"), h.err.toString());
        assertEquals(1, h.run("gui", "--replay", tmp.resolve("none").toString(), "--run", "0"));
        assertTrue(h.err.toString().contains("no manifest.json"), h.err.toString());
    }
}
