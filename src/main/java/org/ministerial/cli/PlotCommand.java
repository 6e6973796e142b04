package org.ministerial.cli;

import org.ministerial.batch.FigureSchema;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.plot.CheckedFolders;
import org.ministerial.plot.Figure;
import org.ministerial.plot.FigureFormat;
import org.ministerial.plot.PlotException;
import org.ministerial.plot.PlotOptions;
import org.ministerial.plot.Plotter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code ministerial plot}: publication-ready figures, with the numbers behind them, from results folders. */
@Command(name = "plot", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Draw journal figures (PNG at 300 dpi, SVG, PDF) from results folders, each with a CSV of the "
                + "numbers it draws and an index, figures.md.",
                "One folder: outcome shares, trajectories, coalition membership, final texts. Several folders: "
                        + "also shares side by side and a forest plot of each counterfactual against the first "
                        + "(the baseline). A sweep folder: the outcome share against each swept parameter and a "
                        + "heatmap. A sensitivity JSON file: Sobol indices. See docs/figures.md."})
public final class PlotCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RESULTS",
            description = "results folders (baseline first), sweep folders or sensitivity .json files")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default: RESULTS/figures for the "
            + "first RESULTS)")
    Path out;

    @Option(names = "--format", paramLabel = "FMT", split = ",", defaultValue = "png,svg,pdf",
            description = "formats, comma-separated: png, svg, pdf (default: ${DEFAULT-VALUE})")
    List<String> formats;

    @Option(names = "--label", paramLabel = "TEXT",
            description = "label of each results folder, in order (repeatable; default: from its --set overrides)")
    List<String> labels = new ArrayList<>();

    @Option(names = "--reference", paramLabel = "CODE",
            description = "actor whose coalition the coalition figure follows (default: the first anchor of the scenario's first reference coalition, else the most frequent leader)")
    String reference;

    @Option(names = "--top", paramLabel = "N", defaultValue = "40",
            description = "actors shown in the coalition figure (default: ${DEFAULT-VALUE})")
    int top;

    @Option(names = "--outcome", paramLabel = "NAME", defaultValue = PlotOptions.DEFAULT_OUTCOME,
            description = "outcome of the forest plot and sweep figures (default: ${DEFAULT-VALUE})")
    String outcome;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Set<FigureFormat> chosen = new LinkedHashSet<>();
        for (String f : formats) {
            try {
                chosen.add(FigureFormat.parse(f));
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
            }
        }
        if (top < 1)
            throw new ParameterException(spec.commandLine(), "--top must be at least 1, got " + top);
        Path folder = out != null ? out : Plotter.defaultOut(inputs.get(0));
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        try {
            // a study folder (compare, robustness) stands for its batches, baseline first, as the study ran them
            List<Path> inputs = new java.util.ArrayList<>();
            List<String> studyLabels = new java.util.ArrayList<>();
            for (Path in : this.inputs) {
                // a study stopped before it finished has its resume note but no study.csv yet
                String note = java.nio.file.Files.isRegularFile(in.resolve(ResultsSchema.Runs.FILE)) ? null
                        : org.ministerial.batch.Execution.noteOf(in);
                if (note != null && !note.isEmpty()
                        && !java.nio.file.Files.exists(in.resolve(org.ministerial.batch.AnalysisSchema.Study.CSV_FILE)))
                    throw new PlotException(in + ": the study writing it was stopped before it finished, so it holds no"
                            + " study table yet; to resume, run\n  " + note);
                List<org.ministerial.batch.StudyFolder.Batch> batches;
                try {
                    batches = org.ministerial.batch.StudyFolder.batches(in);
                } catch (org.ministerial.batch.ResultsFolderException e) {
                    throw new PlotException(e.getMessage());
                }
                if (batches.isEmpty()) {
                    inputs.add(in);
                    studyLabels.add(null);
                } else {
                    err.println("note: " + in + " is a study folder: plotting its " + batches.size()
                            + " batches, the first as the baseline, labelled as in its table");
                    for (org.ministerial.batch.StudyFolder.Batch b : batches) {
                        inputs.add(b.folder());
                        studyLabels.add(b.label());
                    }
                }
            }
            // the figures call a study's batches what its table calls them, unless --label names them
            List<String> labels = this.labels.isEmpty() && studyLabels.stream().anyMatch(java.util.Objects::nonNull)
                    ? studyLabels : this.labels;
            // the check reads the rounds table whole; the trajectories figure takes it from there
            CheckedFolders checked = new CheckedFolders();
            for (Path in : inputs)
                if (java.nio.file.Files.isRegularFile(in.resolve(ResultsSchema.Runs.FILE)))
                    try {
                        checked.check(in);
                    } catch (org.ministerial.batch.ResultsFolderException e) {
                        throw new PlotException(e.getMessage());
                    }
            Plotter.Report report = Plotter.plot(inputs, new PlotOptions(folder, chosen, labels, reference, top,
                    outcome), commandText(), checked);
            for (Figure f : report.figures()) stdout.println(f.name() + ": " + f.caption());
            for (String n : report.notes()) err.println("note: " + n);
            stdout.println(org.ministerial.plot.Labels.count(report.figures().size(), "figure") + " in " + report.folder() + " (index: "
                    + report.folder().resolve(FigureSchema.INDEX_FILE) + ")");
            stdout.flush();
            err.flush();
            return 0;
        } catch (PlotException e) {
            if (e.usage()) throw new ParameterException(spec.commandLine(), e.getMessage());
            err.println(e.getMessage());
            err.flush();
            return 1;
        }
    }

    /** The command as a user would retype it: {@code bin/ministerial plot} and the arguments, quoted if needed. */
    private String commandText() {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        return CommandText.of(args.subList(args.indexOf(spec.name()), args.size()));
    }
}
