package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.RunSeeds;
import org.ministerial.batch.RunsCsv;
import org.ministerial.gui.NegotiationWithUI;
import org.ministerial.gui.RunOfBatch;
import org.ministerial.model.Negotiation;
import org.ministerial.model.RunResult;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
        // a replayed run is no shard to merge: plot says what it is and where the plottable batch is
        CliHarness plot = new CliHarness();
        assertEquals(1, plot.run("plot", again.toString(), "--out", tmp.resolve("figures").toString()));
        assertTrue(plot.err.toString().contains(": holds one run, run " + RUN + " of a batch of 8 (remade by `run"
                + " --replay`"), plot.err.toString());
        assertFalse(plot.err.toString().contains("split run"), plot.err.toString());
    }

    /** A replay from inputs edited since the batch would not be its run: refused, naming the file. */
    @Test
    void aReplayFromChangedInputsIsRefused() throws Exception {
        Path scenario = tmp.resolve("s.yaml");
        Files.copy(Path.of("scenarios/textbook.yaml"), scenario);
        Path batch = tmp.resolve("textbook-batch");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("batch", scenario.toString(), "--runs", "4", "--seed", "3", "--threads", "1", "--out",
                batch.toString()), h.err.toString());
        Files.writeString(scenario, Files.readString(scenario).replace("name: textbook", "name: textbook\n# edited"));
        CliHarness again = new CliHarness();
        assertEquals(1, again.run("run", "--replay", batch.toString(), "--run", "2", "--out",
                tmp.resolve("again").toString()));
        assertTrue(again.err.toString().contains("s.yaml has changed since the batch in " + batch + " was made"),
                again.err.toString());
        assertFalse(Files.exists(tmp.resolve("again").resolve("runs.csv")), "nothing was run");
        CliHarness missing = new CliHarness();
        assertEquals(1, missing.run("run", "--replay", tmp.resolve("nowhere").toString(), "--run", "0"));
        assertTrue(missing.err.toString().contains("nowhere: no such folder"), missing.err.toString());
    }

    @Test
    void theGuiPlaysTheReplayedRun() throws Exception {
        Path batch = batch();
        GuiCommand.Start start = GuiCommand.replayed(RunCommand.Replay.of(batch, RUN));
        assertEquals(new RunOfBatch(7, RUN, 2), start.run());
        NegotiationWithUI gui = new NegotiationWithUI(start.scenario(), start.run());
        assertEquals(7, gui.state.seed(), "the Console's seed field holds the batch's base seed");
        gui.start();
        while (gui.step()) {
            // the Console's play loop
        }
        RunResult result = gui.negotiation().result();
        boolean found = false;
        try (RunsCsv runs = RunsCsv.open(batch.resolve("runs.csv"))) {
            for (RunsCsv.Row row : runs) {
                if (row.run() != RUN) continue;
                found = true;
                assertEquals(RunSeeds.seed(7, RUN), org.ministerial.batch.SeedText.parse(row.get("seed")));
                assertEquals(row.outcome(), result.outcome());
                assertEquals(row.endRound(), result.endRound());
                for (var metric : row.metrics().entrySet())
                    assertEquals(metric.getValue(), result.metrics().get(metric.getKey()), 1e-6, metric.getKey());
            }
        }
        assertTrue(found, "run " + RUN + " is in runs.csv");
        assertEquals("0.4", start.scenario().overrides().get("parameters.chair.mediation"));
    }

    @Test
    void theGuiOnSeedNPlaysTheRunThatRunSeedNReports() throws Exception {
        Path folder = tmp.resolve("run");
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("run", CANCUN, "--seed", "3", "--out", folder.toString()), h.err.toString());
        NegotiationWithUI gui = new NegotiationWithUI(ScenarioLoader.load(Path.of(CANCUN), Map.of()), 3);
        gui.start();
        while (gui.step()) {
            // the Console's play loop
        }
        RunResult result = gui.negotiation().result();
        try (RunsCsv runs = RunsCsv.open(folder.resolve("runs.csv"))) {
            for (RunsCsv.Row row : runs) {
                assertEquals(row.outcome(), result.outcome());
                assertEquals(row.endRound(), result.endRound());
                for (var metric : row.metrics().entrySet())
                    assertEquals(metric.getValue(), result.metrics().get(metric.getKey()), 1e-6, metric.getKey());
            }
        }
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
        assertTrue(h.err.toString().contains("none: no such folder"), h.err.toString());
        assertEquals(1, h.run("gui", "--replay", tmp.toString(), "--run", "0"));
        assertTrue(h.err.toString().contains("no manifest.json"), h.err.toString());
    }
}
