package org.ministerial.experiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.Merge;
import org.ministerial.batch.ProgressListener;
import org.ministerial.batch.ProgressReporter;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.RunsCsv;
import org.ministerial.batch.SeedText;
import org.ministerial.batch.Shard;
import org.ministerial.files.CsvReader;
import org.ministerial.model.Negotiation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sweeps of the textbook scenario (stochastic with position noise), end to end. */
class SweepTest {
    static final List<String> FILES = List.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz", "design.csv",
            "points.csv", "summary.json");

    @TempDir
    Path tmp;

    private Path experiment(String yaml) throws IOException {
        return Files.writeString(tmp.resolve("exp.yaml"),
                yaml.replace("TEXTBOOK", ExperimentReaderTest.TEXTBOOK.toString()));
    }

    private static final String FACTORIAL = """
            name: textbook-factorial
            scenario: TEXTBOOK
            set: {parameters.noise.position: 0.05}
            seed: 3
            replications: 7
            parameters:
              parameters.chair.agenda_power: [0.4, 0.7, 1]
              parameters.country.concession_rate: [0, 0.2]
            """;

    static Path sweep(Path experiment, Shard shard, int threads, Path out) throws Exception {
        SweepPlan plan = SweepPlan.of(ExperimentReader.read(experiment));
        Sweep.run(plan, shard, threads, out, (d, t) -> ProgressReporter.of(ProgressListener.NONE), null,
                Negotiation::runToEnd);
        return out;
    }

    static void assertSameFiles(Path expected, Path actual) throws IOException {
        for (String f : FILES)
            assertArrayEquals(Files.readAllBytes(expected.resolve(f)), Files.readAllBytes(actual.resolve(f)), f);
    }

    @Test
    void everyRowCarriesItsPointReplicationSeedAndValues() throws Exception {
        Path exp = experiment(FACTORIAL);
        Path out = sweep(exp, Shard.ALL, 2, tmp.resolve("out"));
        Experiment e = ExperimentReader.read(exp);
        List<Map<String, String>> design = CsvReader.readCells(out.resolve("design.csv"));
        assertEquals(6, design.size());
        List<RunsCsv.Row> rows = new ArrayList<>();
        try (RunsCsv runs = RunsCsv.open(out.resolve("runs.csv"))) {
            runs.forEach(rows::add);
        }
        assertEquals(42, rows.size());
        for (RunsCsv.Row r : rows) {
            int point = r.run() / 7;
            int replication = r.run() % 7;
            assertEquals(point, Integer.parseInt(r.get("point")));
            assertEquals(replication, Integer.parseInt(r.get("replication")));
            assertEquals(Seeds.INDEPENDENT.seed(3, point, replication), SeedText.parse(r.get("seed")));
            for (String key : e.keys()) assertEquals(design.get(point).get(key), r.get(key));
            assertTrue(!r.failed(), r.get("error"));
        }
        String summary = Files.readString(out.resolve("summary.json"));
        assertTrue(summary.contains("\"by_point\""), summary);
    }

    @Test
    void oneOrTwoThreadsAndMergedShardsGiveTheSameFiles() throws Exception {
        Path exp = experiment(FACTORIAL);
        Path one = sweep(exp, Shard.ALL, 1, tmp.resolve("one"));
        Path two = sweep(exp, Shard.ALL, 2, tmp.resolve("two"));
        assertSameFiles(one, two);
        List<Path> parts = new ArrayList<>();
        for (int i = 0; i < 4; i++) parts.add(sweep(exp, new Shard(i, 4), 2, tmp.resolve("part" + i)));
        Path merged = tmp.resolve("merged");
        Sweep.finishMerged(merged, Merge.merge(parts, merged, List.of(ResultsSchema.Sweeps.DESIGN_FILE)));
        assertSameFiles(one, merged);
    }

    @Test
    void aDesignPointTheScenarioRejectsGivesFailedRowsAndTheOthersRun() throws Exception {
        Path out = sweep(experiment("""
                scenario: TEXTBOOK
                replications: 2
                design:
                  type: list
                  points:
                    - {parameters.chair.agenda_power: 0.5}
                    - {parameters.chair.agenda_power: 1.5}
                    - {parameters.chair.agenda_power: 1}
                """), Shard.ALL, 2, tmp.resolve("out"));
        List<String> outcomes = new ArrayList<>();
        try (RunsCsv runs = RunsCsv.open(out.resolve("runs.csv"))) {
            for (RunsCsv.Row r : runs) {
                outcomes.add(r.failed() ? "error" : "ok");
                if (r.failed()) assertTrue(r.get("error").contains("agenda_power"), r.get("error"));
            }
        }
        assertEquals(List.of("ok", "ok", "error", "error", "ok", "ok"), outcomes);
    }

    @Test
    void aComparisonOfScenariosLabelsEveryRow() throws Exception {
        Files.writeString(tmp.resolve("noisier.yaml"), "extends: " + ExperimentReaderTest.TEXTBOOK
                + "\nname: textbook-noisy\nparameters: {noise.position: 0.1}\n");
        Path out = sweep(experiment("scenarios: [TEXTBOOK, noisier.yaml]\nreplications: 3\n"), Shard.ALL, 2,
                tmp.resolve("out"));
        List<String> labels = new ArrayList<>();
        for (Map<String, String> row : CsvReader.readCells(out.resolve("runs.csv"))) labels.add(row.get("scenario"));
        String textbook = ExperimentReaderTest.TEXTBOOK.toString();
        assertEquals(List.of(textbook, textbook, textbook, "noisier.yaml", "noisier.yaml", "noisier.yaml"), labels);
        assertEquals(List.of("point", "scenario"), CsvReader.readHeader(out.resolve("design.csv")));
    }

    @Test
    void aBadKeyFailsBeforeAnyRun() throws Exception {
        Path exp = experiment("scenario: TEXTBOOK\nparameters: {calendar.weeks: [1, 2]}\n");
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> SweepPlan.of(ExperimentReader.read(exp)));
        assertTrue(e.getMessage().contains("design point 0") && e.getMessage().contains("calendar.weeks"),
                e.getMessage());
    }

    @Test
    void everyPointOfAListIsCheckedForUnknownKeysBeforeAnyRun() throws Exception {
        // the sweep ran, the misspelt points' rows all failed, and it exited 0
        Path exp = experiment("""
                scenario: TEXTBOOK
                replications: 2
                design:
                  type: list
                  points:
                    - {parameters.chair.agenda_power: 0.3}
                    - {parameters.chair.agenda_powr: 0.7}
                    - {calendar.days: 2}
                    - {calendar.dayz: 3}
                    - {calendar.dayz: 4, parameters.chair.mediation: 0.1}
                """);
        List<String> problems = assertThrows(ExperimentException.class, () -> ExperimentReader.read(exp)).problems()
                .stream().map(Object::toString).toList();
        assertEquals(List.of(exp + ":7: unknown parameter 'parameters.chair.agenda_powr' (did you mean "
                + "'parameters.chair.agenda_power'?) (see the parameter table in docs/ODD.md)"), problems);
        // a path into the scenario is checked by loading it: the first point naming each set of keys
        Files.writeString(exp, Files.readString(exp).replace("agenda_powr", "agenda_power"));
        problems = assertThrows(ExperimentException.class, () -> SweepPlan.of(ExperimentReader.read(exp)))
                .problems().stream().map(Object::toString).toList();
        assertEquals(List.of(exp + ":9: design point 3 {calendar.dayz=3} does not load:",
                "--set calendar.dayz: unknown key 'dayz' in 'calendar' (did you mean 'days'?); allowed: days, "
                        + "sessions_per_day, start"), problems, "reported once, though two points name it");
    }

    @Test
    void runsCsvPutsTheDesignColumnsBetweenSeedAndOutcome() throws Exception {
        Path out = sweep(experiment(FACTORIAL), Shard.ALL, 2, tmp.resolve("out"));
        List<String> header = CsvReader.readHeader(out.resolve("runs.csv"));
        assertEquals(List.of("run", "seed", "point", "replication", "parameters.chair.agenda_power",
                "parameters.country.concession_rate", "outcome"), header.subList(0, 7));
    }
}
