package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A study refused for its inputs leaves no study folder behind; one that would mix with another's is refused. */
class StudyRefusalTest {
    @TempDir
    Path tmp;

    @Test
    void compareWithAMissingCounterfactualMakesNoFolder() {
        Path out = tmp.resolve("study");
        CliHarness h = new CliHarness();
        assertEquals(1, h.run("compare", "scenarios/textbook.yaml", tmp.resolve("typo.yaml").toString(),
                "--runs", "4", "--out", out.toString()));
        assertTrue(h.err.toString().contains("typo.yaml"), h.err.toString());
        assertFalse(Files.exists(out), "compare left " + out);
    }

    @Test
    void robustnessOfABrokenScenarioMakesNoFolder() throws Exception {
        Path broken = Files.writeString(tmp.resolve("broken.yaml"), "name: broken\n");
        Path out = tmp.resolve("robust");
        CliHarness h = new CliHarness();
        assertEquals(1, h.run("robustness", broken.toString(), "--parameters", "chair.mediation", "--runs", "4",
                "--out", out.toString()));
        assertFalse(Files.exists(out), "robustness left " + out);
    }

    /** A study into another study's folder, or into a batch's, would replace or mix what is there. */
    @Test
    void aStudyIntoAnotherStudysOrABatchsFolderIsRefused() throws Exception {
        Path out = tmp.resolve("study");
        CliHarness first = new CliHarness();
        assertEquals(0, first.run("robustness", "scenarios/textbook.yaml", "--parameters", "chair.mediation",
                "--runs", "2", "--threads", "1", "--out", out.toString()), first.err.toString());
        String table = Files.readString(out.resolve("study.csv"));
        CliHarness other = new CliHarness();
        assertEquals(1, other.run("compare", "scenarios/textbook.yaml", "--runs", "2", "--threads", "1", "--out",
                out.toString()));
        assertTrue(other.err.toString().contains(out + " holds another study (Made by: `bin/ministerial robustness"),
                other.err.toString());
        assertEquals(table, Files.readString(out.resolve("study.csv")), "the first study's table was kept");
        // the same command again resumes (here: finds every batch done) and writes the same table
        CliHarness same = new CliHarness();
        assertEquals(0, same.run("robustness", "scenarios/textbook.yaml", "--parameters", "chair.mediation",
                "--runs", "2", "--threads", "1", "--out", out.toString()), same.err.toString());
        assertEquals(table, Files.readString(out.resolve("study.csv")));
        // a batch's folder is no study folder, with or without --force
        Path batch = tmp.resolve("batch");
        assertEquals(0, new CliHarness().run("batch", "scenarios/textbook.yaml", "--runs", "2", "--threads", "1",
                "--out", batch.toString()));
        CliHarness into = new CliHarness();
        assertEquals(1, into.run("compare", "scenarios/textbook.yaml", "--runs", "2", "--force", "--out",
                batch.toString()));
        assertTrue(into.err.toString().contains(batch + " holds the results of a batch"), into.err.toString());
        assertFalse(Files.exists(batch.resolve("study.csv")));
        // nor is a study's folder a batch's
        CliHarness batchInto = new CliHarness();
        assertEquals(1, batchInto.run("batch", "scenarios/textbook.yaml", "--runs", "2", "--force", "--out",
                out.toString()));
        assertTrue(batchInto.err.toString().contains(out + " holds the tables of a study (study.csv)"),
                batchInto.err.toString());
        assertFalse(Files.exists(out.resolve("manifest.json")));
        // --force replaces the other study whole: its batches, tables and figures go
        assertEquals(0, new CliHarness().run("plot", out.toString()));
        assertTrue(Files.exists(out.resolve("figures/figures.md")));
        CliHarness replaced = new CliHarness();
        assertEquals(0, replaced.run("compare", "scenarios/textbook.yaml", "--runs", "2", "--threads", "1", "--force",
                "--out", out.toString()), replaced.err.toString());
        try (var left = Files.list(out)) {
            assertEquals(java.util.List.of("study.csv", "study.md", "textbook"),
                    left.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")).sorted().toList());
        }
    }
}
