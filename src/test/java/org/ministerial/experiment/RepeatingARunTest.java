package org.ministerial.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.RunSeeds;
import org.ministerial.batch.SeedText;
import org.ministerial.cli.CliHarness;
import org.ministerial.files.CsvReader;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;
import org.ministerial.scenario.ScenarioLoader;
import org.ministerial.TableText;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How one run of a sweep is made again (docs/experiments.md, "Runs and seeds"): a sweep's run draws its uncertain
 * inputs from its own model seed's input stream, which no batch does, so on Cancún (inputs drawn per run) the run is
 * the sweep's one-run shard, while on a scenario without drawn inputs it is also a run of a batch.
 */
class RepeatingARunTest {
    private static final Path CANCUN = Path.of("scenarios/cancun-2003.yaml").toAbsolutePath();

    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();

    private Path experiment(Path scenario) throws Exception {
        return Files.writeString(tmp.resolve("exp.yaml"), """
                scenario: SCENARIO
                set:
                  parameters.noise.position: 0.05
                seed: 5
                replications: 2
                parameters:
                  parameters.chair.agenda_power: [0.5, 0.9]
                """.replace("SCENARIO", scenario.toString()));
    }

    private Path sweep(Path exp, String name, String... more) {
        Path out = tmp.resolve(name);
        List<String> args = new java.util.ArrayList<>(List.of("sweep", exp.toString(), "--out", out.toString()));
        args.addAll(List.of(more));
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err.toString());
        return out;
    }

    /** A row's cells from {@code outcome} on: what the run did, whatever labels precede them. */
    private static Map<String, String> result(Map<String, String> row) {
        Map<String, String> out = new LinkedHashMap<>();
        boolean on = false;
        for (Map.Entry<String, String> e : row.entrySet()) {
            on |= e.getKey().equals("outcome");
            if (on) out.put(e.getKey(), e.getValue());
        }
        return out;
    }

    @Test
    void aSweepRunWithDrawnInputsIsMadeAgainByItsOneRunShard() throws Exception {
        assertTrue(ScenarioLoader.load(CANCUN, Map.of()).spec().inputsVary(), "Cancún draws its inputs per run");
        Path exp = experiment(CANCUN);
        Path whole = sweep(exp, "whole");
        // run r = 3 (point 1, replication 1) of T = 4 runs, as the docs tell: sweep EXPERIMENT --shard r/T
        Path one = sweep(exp, "one", "--shard", "3/4");
        List<String> rows = Files.readAllLines(whole.resolve("runs.csv"));
        assertEquals(List.of(rows.get(0), rows.get(4)), Files.readAllLines(one.resolve("runs.csv")));
        for (String table : List.of("rounds.csv.gz", "coalitions.csv.gz", "rejections.csv.gz")) {
            List<String> all = TableText.readLines(whole.resolve(table));
            List<String> mine = new java.util.ArrayList<>(all.subList(0, 1));
            for (String line : all.subList(1, all.size())) if (line.startsWith("3,")) mine.add(line);
            assertEquals(mine, TableText.readLines(one.resolve(table)), table);
        }

        // the run's inputs come from its model seed m's input stream, RunSeeds.inputSeed(m, 0)
        Map<String, String> row = CsvReader.readCells(whole.resolve("runs.csv")).get(3);
        long m = SeedText.parse(row.get("seed"));
        assertEquals(Seeds.INDEPENDENT.seed(5, 1, 1), m);
        NegotiationSpec point = ScenarioLoader.load(CANCUN, Map.of("parameters.noise.position", "0.05",
                "parameters.chair.agenda_power", "0.9")).spec();
        RunResult again = Negotiation.runToEnd(point.withInputsDrawn(RunSeeds.inputSeed(m, 0)), m);
        assertEquals(row.get("outcome"), again.outcome().label());
        assertEquals(Integer.parseInt(row.get("end_round")), again.endRound());

        // a batch with --seed S(s, p) gives run k the same model seed but draws its inputs from its base seed
        Path batch = tmp.resolve("batch");
        assertEquals(0, cli.run("batch", CANCUN.toString(), "--set", "parameters.noise.position=0.05", "--set",
                "parameters.chair.agenda_power=0.9", "--seed", Long.toString(RunSeeds.seed(5, 1)), "--runs", "2",
                "--runs-per-draw", "1", "--out", batch.toString()), cli.err.toString());
        Map<String, String> batchRow = CsvReader.readCells(batch.resolve("runs.csv")).get(1);
        assertEquals(row.get("seed"), batchRow.get("seed"));
        assertNotEquals(result(row), result(batchRow), "other inputs, another run");

        assertTrue(Files.readString(Path.of("docs/experiments.md")).contains("sweep EXPERIMENT --shard r/T"),
                "docs/experiments.md gives the recipe this test follows");
    }

    @Test
    void withoutDrawnInputsASweepRunIsAlsoARunOfABatch() throws Exception {
        Path textbook = ExperimentReaderTest.TEXTBOOK;
        Path whole = sweep(experiment(textbook), "whole");
        Map<String, String> row = CsvReader.readCells(whole.resolve("runs.csv")).get(3);
        // replication k = 1 of point p = 1: run k of batch --set <set:, then the point's> --seed S(s, p)
        Path batch = tmp.resolve("batch");
        assertEquals(0, cli.run("batch", textbook.toString(), "--set", "parameters.noise.position=0.05", "--set",
                "parameters.chair.agenda_power=0.9", "--seed", SeedText.format(RunSeeds.seed(5, 1)), "--runs", "2",
                "--out", batch.toString()), cli.err.toString());
        assertEquals(result(row), result(CsvReader.readCells(batch.resolve("runs.csv")).get(1)));
    }
}
