package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --force} over another command's finished results removes every file Ministerial wrote into the folder,
 * whichever command wrote it (a sweep's design and points, a sensitivity analysis, a calibration's tables, figures),
 * so that the folder holds the new results alone and {@code plot} reads it; a file or folder of the user's stays.
 */
class ForceTest {
    private static final String TEXTBOOK = RunOutTest.TEXTBOOK;

    @TempDir
    Path tmp;

    private static void ok(String... args) {
        CliHarness h = new CliHarness();
        assertEquals(0, h.run(args), String.join(" ", args) + "\n" + h.err);
    }

    /** A Saltelli sweep of the textbook scenario (2 factors, 4 base samples: 16 points x 2 replications). */
    private Path saltelli(String name, double high) throws Exception {
        return Files.writeString(tmp.resolve(name + ".yaml"), "name: " + name + "\nscenario: " + TEXTBOOK + "\n"
                + "set:\n  parameters.noise.position: 0.05\nseed: 1\nreplications: 2\n"
                + "parameters:\n  parameters.chair.agenda_power: {min: 0.2, max: " + high + "}\n"
                + "  parameters.country.concession_rate: {min: 0, max: 0.5}\n"
                + "design: {type: saltelli, base_samples: 4}\n");
    }

    /** The folder's files and folders, hidden ones too, as paths relative to it. */
    private static Set<String> listing(Path folder) throws Exception {
        try (var s = Files.walk(folder)) {
            return new java.util.TreeSet<>(s.filter(p -> !p.equals(folder)).map(p -> folder.relativize(p).toString())
                    .toList());
        }
    }

    /** Puts the user's own files into the folder: beside the results, among the figures, in a folder of theirs. */
    private static List<Path> usersFiles(Path folder) throws Exception {
        List<Path> mine = new ArrayList<>();
        mine.add(Files.writeString(folder.resolve("README.txt"), "my notes"));
        mine.add(Files.writeString(folder.resolve("analysis.R"), "read.csv('runs.csv')"));
        mine.add(Files.writeString(Files.createDirectories(folder.resolve("figures")).resolve("draft.txt"), "mine"));
        mine.add(Files.writeString(Files.createDirectories(folder.resolve("mine")).resolve("runs.csv"), "a,b\n"));
        return mine;
    }

    private static void assertKept(List<Path> mine) throws Exception {
        for (Path p : mine) assertTrue(Files.exists(p), p + " is the user's and stays");
    }

    /** What a batch writes, with the user's files and the figures folder their draft keeps. */
    private static Set<String> batchFiles(Path folder, String... more) {
        Set<String> names = new java.util.TreeSet<>(Set.of("runs.csv", "rounds.csv.gz", "coalitions.csv.gz",
                "rejections.csv.gz", "groups.csv", "summary.json", "manifest.json", "README.txt", "analysis.R",
                "figures", "figures/draft.txt", "mine", "mine/runs.csv"));
        names.addAll(List.of(more));
        return names;
    }

    @Test
    void aSweepForcedOverASaltelliSweepLeavesNoSensitivityAnalysisOrFigures() throws Exception {
        Path folder = tmp.resolve("sweep");
        ok("sweep", saltelli("first", 1).toString(), "--out", folder.toString());
        ok("sensitivity", folder.toString());
        ok("plot", folder.toString(), "--format", "svg");
        assertTrue(Files.exists(folder.resolve("sensitivity.csv")) && Files.exists(folder.resolve("figures/figures.md")));
        List<Path> mine = usersFiles(folder);

        // another design: a factorial sweep, which sensitivity analysis cannot read
        Path factorial = RunOutTest.sweepExperiment(tmp);
        ok("sweep", factorial.toString(), "--force", "--out", folder.toString());
        assertEquals(batchFiles(folder, "design.csv", "points.csv"), listing(folder));
        assertKept(mine);
        ok("plot", folder.toString(), "--format", "svg");
    }

    @Test
    void aCalibrationForcedOverASweepKeepsNoneOfItsTables() throws Exception {
        Path folder = tmp.resolve("sweep");
        ok("sweep", RunOutTest.sweepExperiment(tmp).toString(), "--out", folder.toString());
        ok("plot", folder.toString(), "--format", "svg");
        List<Path> mine = usersFiles(folder);

        ok("calibrate", RunOutTest.calibrationExperiment(tmp).toString(), "--threads", "2", "--force", "--out",
                folder.toString());
        assertEquals(new java.util.TreeSet<>(Set.of("posterior.csv", "particles.csv", "generations.csv",
                "summary.json", "manifest.json", "README.txt", "analysis.R", "figures", "figures/draft.txt", "mine",
                "mine/runs.csv")), listing(folder));
        assertKept(mine);
        ok("plot", folder.toString(), "--format", "svg");
    }

    @Test
    void aBatchForcedOverACalibrationKeepsNoneOfItsTables() throws Exception {
        Path folder = tmp.resolve("abc");
        ok("calibrate", RunOutTest.calibrationExperiment(tmp).toString(), "--threads", "2", "--out",
                folder.toString());
        ok("plot", folder.toString(), "--format", "svg");
        List<Path> mine = usersFiles(folder);

        ok("batch", TEXTBOOK, "--runs", "20", "--force", "--out", folder.toString());
        assertEquals(batchFiles(folder), listing(folder));
        assertKept(mine);
        ok("plot", folder.toString(), "--format", "svg");
    }

    @Test
    void aRunAndAMergeForcedOverASweepKeepNoneOfItsFiles() throws Exception {
        Path folder = tmp.resolve("sweep");
        ok("sweep", saltelli("first", 1).toString(), "--out", folder.toString());
        ok("sensitivity", folder.toString());
        List<Path> mine = usersFiles(folder);
        ok("run", TEXTBOOK, "--graphml", "--force", "--out", folder.toString());
        assertEquals(batchFiles(folder, "networks.graphml"), listing(folder));

        ok("sweep", saltelli("second", 0.9).toString(), "--force", "--out", folder.toString());
        ok("sensitivity", folder.toString());
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        ok("batch", TEXTBOOK, "--runs", "4", "--shard", "0/2", "--out", a.toString());
        ok("batch", TEXTBOOK, "--runs", "4", "--shard", "1/2", "--out", b.toString());
        ok("merge", a.toString(), b.toString(), "--force", "--out", folder.toString());
        assertEquals(batchFiles(folder), listing(folder));
        assertKept(mine);
        ok("plot", folder.toString(), "--format", "svg");
    }

    @Test
    void theWorkingFilesOfACalibrationGoButNotAFileOfTheUsersBesideThem() throws Exception {
        Path folder = tmp.resolve("batch");
        ok("batch", TEXTBOOK, "--runs", "5", "--out", folder.toString());
        // working files left behind: a calibration's generations (its journal, which would make the folder an
        // unfinished calibration and have it refused, gone), a batch's journal's temporary file, the note of a command
        Path state = Files.createDirectories(folder.resolve(".calibration"));
        for (String f : List.of("generation-0.csv", "generation-12.csv", "proposals-13.csv", ".proposals-13.csv.tmp",
                ".journal.json.tmp"))
            Files.writeString(state.resolve(f), "x");
        Files.writeString(folder.resolve("..progress.json.tmp"), "x"); // the journal's temporary form
        Files.writeString(folder.resolve(".command"), "bin/ministerial batch x\n");
        Files.writeString(state.resolve("keep.txt"), "mine");
        ok("batch", TEXTBOOK, "--runs", "6", "--force", "--out", folder.toString());
        assertEquals(Set.of(".calibration", ".calibration/keep.txt", "runs.csv", "rounds.csv.gz",
                "coalitions.csv.gz", "rejections.csv.gz", "groups.csv", "summary.json", "manifest.json"),
                listing(folder));
        assertFalse(Files.exists(folder.resolve(".lock")));
    }
}
