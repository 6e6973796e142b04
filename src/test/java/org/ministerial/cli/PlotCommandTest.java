package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ministerial plot} from the command line: a batch, then its figures. */
class PlotCommandTest {
    @TempDir
    Path tmp;

    private final CliHarness cli = new CliHarness();
    private final StringWriter out = cli.out;
    private final StringWriter err = cli.err;

    private int main(String... args) {
        return cli.run(args);
    }

    @Test
    void plotsABatchIntoItsFiguresFolderAndRecordsTheCommand() throws Exception {
        Path results = tmp.resolve("results");
        assertEquals(0, main("batch", "scenarios/textbook.yaml", "--runs", "20", "--threads", "1", "--out",
                results.toString(), "--set", "parameters.noise.position=0.2"));
        assertEquals(0, main("plot", results.toString(), "--format", "png"), err.toString());
        Path figures = results.resolve("figures");
        assertTrue(Files.exists(figures.resolve("outcomes.png")));
        assertFalse(Files.exists(figures.resolve("outcomes.svg")), "only the formats asked for");
        String index = Files.readString(figures.resolve("figures.md"), StandardCharsets.UTF_8);
        assertTrue(index.contains("- command: `bin/ministerial plot " + results + " --format png`"), index);
        assertTrue(out.toString().contains("figures in " + figures), out.toString());
    }

    @Test
    void userErrorsExitWithOneOrTwoAndNoStackTrace() throws Exception {
        assertEquals(1, main("plot", tmp.resolve("nowhere").toString()));
        assertTrue(err.toString().contains("nowhere: no such file or folder"), err.toString());
        assertFalse(err.toString().contains("at org."), err.toString());
        assertEquals(2, main("plot", tmp.toString(), "--format", "gif"));
        assertTrue(err.toString().contains("unknown format 'gif': use png, svg or pdf"), err.toString());
        assertEquals(2, main("plot"));
    }

    @Test
    void aLabelCountThatDoesNotMatchTheFoldersIsAUsageError() throws Exception {
        Path a = tmp.resolve("a"), b = tmp.resolve("b");
        for (Path p : List.of(a, b))
            assertEquals(0, main("batch", "scenarios/textbook.yaml", "--runs", "5", "--threads", "1", "--out",
                    p.toString()), err.toString());
        err.getBuffer().setLength(0);
        Path figures = tmp.resolve("figures");
        // docs/figures.md: usage errors exit 2
        assertEquals(2, main("plot", a.toString(), b.toString(), "--label", "one", "--out", figures.toString()));
        assertTrue(err.toString().contains("--label given 1 time for 2 results folders: give one per folder, in "
                + "order, or none"), err.toString());
        assertTrue(err.toString().contains("see 'bin/ministerial plot --help'"), err.toString());
        assertFalse(Files.exists(figures), "nothing is drawn");
    }

    @Test
    void aSweepAndTheSensitivityFileThatSensitivityWritesArePlotted() throws Exception {
        Path exp = tmp.resolve("exp.yaml");
        Files.writeString(exp, """
                name: tsal
                scenario: %s
                set:
                  parameters.noise.position: 0.1
                seed: 1
                replications: 2
                parameters:
                  parameters.chair.agenda_power: {min: 0.2, max: 0.9}
                  parameters.chair.mediation: {min: 0, max: 0.6}
                design: {type: saltelli, base_samples: 8}
                """.formatted(Path.of("scenarios/textbook.yaml").toAbsolutePath()));
        Path sweep = tmp.resolve("sweep");
        assertEquals(0, main("sweep", exp.toString(), "--out", sweep.toString()), err.toString());
        assertEquals(0, main("sensitivity", sweep.toString()), err.toString());
        // the file sensitivity writes: Sobol figures for the outputs that vary, a note for those that are constant
        Path sobol = tmp.resolve("sobol");
        assertEquals(0, main("plot", sweep.resolve("sensitivity.json").toString(), "--out", sobol.toString(),
                "--format", "png"), err.toString());
        assertTrue(Files.exists(sobol.resolve("sobol-breakdown-share.png")));
        assertTrue(err.toString().contains("no Sobol figure, constant over the design"), err.toString());
        // a sweep's figures are over its design variables, not over the point and replication numbers
        Path figures = tmp.resolve("figures");
        assertEquals(0, main("plot", sweep.toString(), "--out", figures.toString(), "--format", "png"), err.toString());
        assertTrue(Files.exists(figures.resolve("sweep-chair-mediation.png")));
        assertFalse(Files.exists(figures.resolve("sweep-point.png")));
        String index = Files.readString(figures.resolve("figures.md"), StandardCharsets.UTF_8);
        assertTrue(index.contains("over chair's agenda power (parameters.chair.agenda_power) and chair's mediation"
                + " (parameters.chair.mediation)"), index);
    }

    @Test
    void theSensitivityFileOfAMorrisDesignGetsANoteAndNoFigure() throws Exception {
        Path exp = tmp.resolve("morris.yaml");
        Files.writeString(exp, """
                name: tmorris
                scenario: %s
                set:
                  parameters.noise.position: 0.05
                seed: 5
                replications: 2
                parameters:
                  parameters.chair.agenda_power: {min: 0.3, max: 1}
                  parameters.chair.patience: {min: 2, max: 10, integer: true}
                design: {type: morris, trajectories: 4, levels: 4}
                """.formatted(Path.of("scenarios/textbook.yaml").toAbsolutePath()));
        Path sweep = tmp.resolve("sweep");
        assertEquals(0, main("sweep", exp.toString(), "--out", sweep.toString()), err.toString());
        assertEquals(0, main("sensitivity", sweep.toString(), "--bootstrap", "100"), err.toString());
        err.getBuffer().setLength(0);
        out.getBuffer().setLength(0);
        // docs/figures.md: Morris effects get no figure and a note; plotting them is no error
        Path figures = tmp.resolve("morris-figures");
        assertEquals(0, main("plot", sweep.resolve("sensitivity.json").toString(), "--out", figures.toString()),
                err.toString());
        assertTrue(err.toString().contains("note: sensitivity.json: no figure for its Morris elementary effects ("),
                err.toString());
        assertTrue(out.toString().contains("0 figures in " + figures), out.toString());
        try (var files = Files.list(figures)) {
            assertEquals(List.of("figures.md"), files.map(f -> f.getFileName().toString()).toList());
        }
        String index = Files.readString(figures.resolve("figures.md"), StandardCharsets.UTF_8);
        assertTrue(index.contains("Morris elementary effects of ") && index.contains("## Not drawn"), index);
        // the same through the folder that holds it once runs.csv is gone (docs/figures.md: a folder holding
        // sensitivity.json and no runs.csv)
        Path only = Files.createDirectories(tmp.resolve("only"));
        Files.copy(sweep.resolve("sensitivity.json"), only.resolve("sensitivity.json"));
        assertEquals(0, main("plot", only.toString()), err.toString());
        assertTrue(Files.exists(only.resolve("figures/figures.md")));
    }

    /** A compare study's folder stands for its batches, baseline first: the same figures as naming them. */
    @Test
    void aStudyFolderIsPlottedAsItsBatches() throws Exception {
        Path study = tmp.resolve("study");
        assertEquals(0, main("compare", "scenarios/textbook.yaml", "scenarios/textbook.yaml", "--runs", "3",
                "--threads", "1", "--out", study.toString()), err.toString());
        err.getBuffer().setLength(0);
        assertEquals(0, main("plot", study.toString()), err.toString());
        assertTrue(err.toString().contains("note: " + study + " is a study folder: plotting its 2 batches, the first"
                + " as the baseline"), err.toString());
        assertEquals(0, main("plot", study.resolve("textbook").toString(), study.resolve("textbook-2").toString(),
                "--out", tmp.resolve("named").toString()), err.toString());
        try (var byStudy = Files.list(study.resolve("figures")); var byName = Files.list(tmp.resolve("named"))) {
            assertEquals(byName.map(f -> f.getFileName().toString()).sorted().toList(),
                    byStudy.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    /**
     * A robustness study's batches are labelled in its figures as in its table ({@code baseline},
     * {@code parameter = value}), not by the parameters each batch holds; its folders are named {@code parameter=value}.
     */
    @Test
    void aStudysFiguresLabelItsBatchesAsItsTableDoes() throws Exception {
        Path study = tmp.resolve("robust");
        assertEquals(0, main("robustness", "scenarios/textbook.yaml", "--parameters", "coalitions.similarity",
                "--runs", "2", "--threads", "1", "--out", study.toString()), err.toString());
        List<String> tableLabels = new ArrayList<>(), folders = new ArrayList<>();
        for (Map<String, String> row : org.ministerial.files.CsvReader.readCells(study.resolve("study.csv"))) {
            tableLabels.add(row.get("label"));
            folders.add(row.get("folder"));
        }
        assertEquals(List.of("baseline", "coalitions.similarity = 0.64", "coalitions.similarity = 0.96"), tableLabels);
        assertEquals(List.of("baseline", "coalitions.similarity=0.64", "coalitions.similarity=0.96"), folders);
        assertEquals(0, main("plot", study.toString()), err.toString());
        List<String> figureLabels = new ArrayList<>();
        for (Map<String, String> row : org.ministerial.files.CsvReader.readCells(
                study.resolve("figures/outcomes-compared.csv")))
            if (!figureLabels.contains(row.get("batch"))) figureLabels.add(row.get("batch"));
        assertEquals(tableLabels, figureLabels);
        String index = Files.readString(study.resolve("figures/figures.md"));
        assertTrue(index.contains("Outcome shares of the baseline and its counterfactuals"), index);
        assertFalse(index.contains("the baseline (baseline)"), index);
        // a batch's own figures name it in their tables too, so that they join the study's table on its label
        List<String> trajectories = Files.readAllLines(study.resolve("figures/coalitions-similarity-0-64-trajectories.csv"));
        assertTrue(trajectories.get(0).startsWith("batch,variable,round,"), trajectories.get(0));
        assertTrue(trajectories.stream().skip(1).allMatch(l -> l.startsWith("coalitions.similarity = 0.64,")),
                trajectories.get(1));
    }

    /** A study stopped before it finished names the command that resumes it, as a stopped batch does. */
    @Test
    void aStoppedStudySaysHowToResume() throws Exception {
        Path study = Files.createDirectories(tmp.resolve("stopped"));
        Files.writeString(study.resolve(".command"), "bin/ministerial compare scenarios/textbook.yaml --out " + study + "\n");
        Files.createDirectories(study.resolve("textbook"));
        assertEquals(1, main("plot", study.toString()));
        assertTrue(err.toString().contains(study + ": the study writing it was stopped before it finished, so it holds"
                + " no study table yet; to resume, run\n  bin/ministerial compare scenarios/textbook.yaml --out " + study),
                err.toString());
    }
}
