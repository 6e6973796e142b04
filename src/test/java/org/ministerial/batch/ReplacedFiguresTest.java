package org.ministerial.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.model.Negotiation;
import org.ministerial.plot.FigureFormat;
import org.ministerial.plot.PlotOptions;
import org.ministerial.plot.Plotter;
import org.ministerial.scenario.Scenario;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code batch --force} (and {@code merge --force}) over a folder whose results were plotted removes the figures it
 * wrote there (they draw the replaced results), and nothing the user put there.
 */
class ReplacedFiguresTest {
    private static final int RUNS = 20;

    @TempDir
    Path tmp;

    private final Scenario scenario = Fixtures.scenario();

    private Execution.Report batch(Path folder, long seed, boolean force) throws Exception {
        return Batch.run(scenario, new BatchSettings(RUNS, seed, 2, Shard.ALL, true, force), folder,
                (done, total) -> ProgressReporter.of(ProgressListener.NONE), null, Negotiation::runToEnd, 0);
    }

    /** Plots the folder's results into its figures folder, as {@code bin/ministerial plot FOLDER} does. */
    private List<Path> plot(Path folder) throws Exception {
        Path figures = folder.resolve(FigureSchema.FOLDER);
        Plotter.plot(List.of(folder), new PlotOptions(figures, EnumSet.of(FigureFormat.SVG), List.of(), null,
                PlotOptions.DEFAULT_TOP, PlotOptions.DEFAULT_OUTCOME), "bin/ministerial plot (test)");
        try (var files = Files.list(figures)) {
            return files.toList();
        }
    }

    @Test
    void replacingPlottedResultsRemovesTheirFiguresAndKeepsTheUsersFiles() throws Exception {
        Path folder = tmp.resolve("results");
        batch(folder, 1, false);
        List<Path> written = plot(folder);
        assertTrue(written.size() > 2, "plot wrote figures, their data and the index: " + written);
        Path note = Files.writeString(folder.resolve(FigureSchema.FOLDER).resolve("my-notes.txt"), "keep me");
        Path beside = Files.writeString(folder.resolve("README.txt"), "mine too");

        batch(folder, 2, true);
        for (Path p : written) assertFalse(Files.exists(p), p + " drew the replaced results");
        assertEquals("keep me", Files.readString(note));
        assertEquals("mine too", Files.readString(beside));
        assertEquals(2, ResultsFiles.json(folder.resolve("manifest.json")).get("base_seed").asLong());
    }

    @Test
    void aFiguresFolderLeftEmptyGoesAndFiguresOfTheSameResultsStay() throws Exception {
        Path folder = tmp.resolve("results");
        batch(folder, 1, false);
        List<Path> written = plot(folder);
        // the same command again finds its results complete: their figures still draw them
        assertTrue(batch(folder, 1, true).alreadyComplete());
        for (Path p : written) assertTrue(Files.exists(p), p.toString());

        batch(folder, 2, true);
        assertFalse(Files.exists(folder.resolve(FigureSchema.FOLDER)));
    }

    @Test
    void aMergeReplacingPlottedResultsRemovesTheirFigures() throws Exception {
        Path folder = tmp.resolve("results");
        batch(folder, 1, false);
        List<Path> written = plot(folder);
        List<Path> parts = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Path part = tmp.resolve("part-" + i);
            Batch.run(scenario, new BatchSettings(RUNS, 2, 2, new Shard(i, 2), true, false), part,
                    (done, total) -> ProgressReporter.of(ProgressListener.NONE), null, Negotiation::runToEnd, 0);
            parts.add(part);
        }
        Merge.finishBatch(folder, Merge.merge(parts, folder, List.of(), true));
        for (Path p : written) assertFalse(Files.exists(p), p + " drew the replaced results");
        assertEquals(2, ResultsFiles.json(folder.resolve("manifest.json")).get("base_seed").asLong());
    }

    @Test
    void theIndexNamesOnlyTheBackquotedFilesOfItsFilesLines() {
        List<String> listed = PlottedFigures.listed(List.of("# Figures", "", "- data.csv is not a files line",
                "- files: `outcomes.png` `outcomes.svg`; data: `outcomes.csv`", "![outcomes](outcomes.png)",
                "- command: `bin/ministerial plot x`", "- files: `outcomes.png`"));
        assertEquals(List.of("outcomes.png", "outcomes.svg", "outcomes.csv"), listed);
    }
}
