package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.files.CsvReader;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ministerial calibrate} end to end on the textbook scenario with the real model, then its figures. */
class CalibrateCommandTest {
    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private Path experiment(String name, int seed) throws Exception {
        return Files.writeString(tmp.resolve(name + ".yaml"), "name: tiny-abc\n"
                + "scenario: " + Path.of("scenarios/textbook.yaml").toAbsolutePath() + "\n"
                + "set:\n  parameters.noise.position: 0.05\n"
                + "seed: " + seed + "\n"
                + "priors:\n"
                + "  parameters.chair.agenda_power: {min: 0.2, max: 1}\n"
                + "  parameters.country.concession_rate: {min: 0, max: 0.5}\n"
                + "targets:\n  end_round: {observed: 4, scale: 1}\n  mean_utility: {observed: 0.8, scale: 0.1}\n"
                + "holdout:\n  agreement_share: {observed: 1, scale: 0.2}\n"
                + "abc: {particles: 16, runs_per_particle: 2, generations: 3}\n");
    }

    @Test
    void calibratesPrintsTheTableResumesNothingWhenCompleteAndPlots() throws Exception {
        Path file = experiment("tiny", 3);
        Path folder = tmp.resolve("abc");
        assertEquals(0, cli.run("calibrate", file.toString(), "--threads", "2", "--out", folder.toString()),
                err.toString());
        for (String f : List.of("posterior.csv", "particles.csv", "generations.csv", "summary.json", "manifest.json"))
            assertTrue(Files.exists(folder.resolve(f)), f);
        List<Map<String, String>> posterior = CsvReader.readCells(folder.resolve("posterior.csv"));
        assertEquals(16, posterior.size());
        assertEquals(List.of("particle", "proposal", "parameters.chair.agenda_power",
                "parameters.country.concession_rate", "weight", "distance", "end_round", "mean_utility",
                "agreement_share"),
                CsvReader.readHeader(folder.resolve("posterior.csv")));
        assertEquals(3, CsvReader.readCells(folder.resolve("generations.csv")).size());
        assertEquals(48, CsvReader.readCells(folder.resolve("particles.csv")).size());
        String table = out.toString();
        assertTrue(table.contains("stopped after 3 generations"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("parameters.chair.agenda_power")
                && l.contains("U[0.2, 1]")), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("agreement_share") && l.contains("holdout")), table);
        assertTrue(table.contains("results: " + folder), table);
        assertTrue(err.toString().contains("generation 2: tolerance"), err.toString());

        assertEquals(0, cli.run("calibrate", file.toString(), "--out", folder.toString()), err.toString());
        assertTrue(out.toString().contains("already complete"), out.toString());

        Path other = experiment("other", 4);
        assertEquals(1, cli.run("calibrate", other.toString(), "--out", folder.toString()));
        assertTrue(err.toString().contains("give --force"), err.toString());

        assertEquals(0, cli.run("plot", folder.toString(), "--format", "png"), err.toString());
        Path figures = folder.resolve("figures");
        for (String f : List.of("posterior-chair-agenda-power", "posterior-country-concession-rate",
                "posterior-pair-agenda-power-concession-rate")) {
            assertTrue(Files.exists(figures.resolve(f + ".png")), f);
            assertTrue(Files.exists(figures.resolve(f + ".csv")), f);
        }
        List<Map<String, String>> bars = CsvReader.readCells(figures.resolve("posterior-chair-agenda-power.csv"));
        assertEquals(20, bars.size());
        double mass = bars.stream().mapToDouble(r -> Double.parseDouble(r.get("weight"))).sum();
        assertEquals(1, mass, 1e-5, "the histogram holds the whole posterior");
        assertTrue(Files.readString(figures.resolve("figures.md")).contains("posterior-pair-agenda-power"));
    }

    @Test
    void helpAndBadFiles() throws Exception {
        assertEquals(0, cli.run("calibrate", "--help"));
        assertTrue(out.toString().contains("Usage: ministerial calibrate"), out.toString());
        assertTrue(out.toString().contains("--threads"), out.toString());
        assertFalse(out.toString().contains("--shard="), out.toString());
        Path bad = Files.writeString(tmp.resolve("bad.yaml"), "scenario: nowhere.yaml\npriors: {}\n");
        assertEquals(1, cli.run("calibrate", bad.toString()));
        assertTrue(err.toString().contains("bad.yaml:1: scenario file not found: nowhere.yaml"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }
}
