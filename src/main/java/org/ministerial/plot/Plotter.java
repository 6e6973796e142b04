package org.ministerial.plot;

import org.ministerial.batch.AnalysisSchema;
import org.ministerial.batch.FigureSchema;
import org.ministerial.batch.ResultsSchema;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns results into figures: reads each input, decides which figures it supports and writes them with their CSV
 * files and a {@code figures.md} index.
 *
 * <p>An input is a results folder (a batch, or a sweep if a parameter column varies) or a sensitivity JSON file (or a
 * folder holding {@code sensitivity.json}). Each batch gets outcome shares, trajectories, coalition membership and
 * final texts; two or more batches, taken as a baseline (the first) and its counterfactuals, also get the outcome
 * shares side by side and a forest plot; a sweep gets the outcome share against each swept parameter and a heatmap
 * over the first two; a sensitivity file gets grouped Sobol bars for each output; a calibration folder (one with
 * {@code posterior.csv}) gets each parameter's marginal posterior and pairwise scatters of the particles. With several
 * inputs, file names are prefixed with each input's label.
 */
public final class Plotter {

    private Plotter() {
    }

    /**
     * What was made.
     *
     * @param folder  where the files are
     * @param figures the figures written, in order
     * @param notes   figures not drawn and why
     */
    public record Report(Path folder, List<Figure> figures, List<String> notes) {
    }

    /** The default output folder: {@code figures/} inside the first input (beside it for a file). */
    public static Path defaultOut(Path firstInput) {
        Path base = Files.isDirectory(firstInput) ? firstInput : firstInput.toAbsolutePath().getParent();
        return base.resolve(FigureSchema.FOLDER);
    }

    /**
     * Draws and writes every figure the inputs support.
     *
     * @param command the command line that made the figures, recorded in {@code figures.md}
     */
    public static Report plot(List<Path> inputs, PlotOptions options, String command)
            throws PlotException, IOException {
        return plot(inputs, options, command, new CheckedFolders());
    }

    /**
     * Draws and writes every figure the inputs support, taking the tables {@code checked} holds of folders it
     * checked rather than reading them again.
     *
     * @param command the command line that made the figures, recorded in {@code figures.md}
     */
    public static Report plot(List<Path> inputs, PlotOptions options, String command, CheckedFolders checked)
            throws PlotException, IOException {
        if (inputs.isEmpty()) throw new PlotException("no results folder or sensitivity file given");
        List<ResultsData> results = new ArrayList<>();
        List<Sensitivity> sensitivities = new ArrayList<>();
        List<Posterior> calibrations = new ArrayList<>();
        List<String> described = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (Path p : inputs) {
            if (Posterior.isCalibration(p)) {
                calibrations.add(Posterior.read(p));
                continue;
            }
            Optional<Path> json = sensitivityFile(p);
            if (json.isPresent()) sensitivities.add(Sensitivity.read(json.get(), notes));
            else results.add(ResultsData.read(p));
        }
        List<LabelledBatch> labelled = label(results, options.labels());
        boolean prefix = inputs.size() > 1;
        List<String> prefixes = prefixes(labelled, prefix);
        List<Figure> figures = new ArrayList<>();
        List<LabelledBatch> batches = new ArrayList<>();
        for (int i = 0; i < labelled.size(); i++) {
            LabelledBatch b = labelled.get(i);
            checkOutcome(b, options.outcome());
            List<String> swept = b.data().varyingParameters();
            String pre = prefixes.get(i);
            described.add("`" + b.data().folder() + "` as \"" + b.label() + "\": " + Labels.count(
                    b.data().runs().rows().size(), "run") + ", " + b.data().completed().size() + " completed"
                    + (swept.isEmpty() ? "" : ", a sweep over " + String.join(", ", swept)));
            if (swept.isEmpty()) {
                batches.add(b);
                for (Figure f : single(b, options, checked, notes))
                    figures.add(f.named(pre + f.name()).ofBatch(b.label()));
            } else {
                for (String p : swept)
                    figures.add(prefixed(SweepFigure.of(b, p, options.outcome(), swept.size()), pre).ofBatch(b.label()));
                if (swept.size() >= 2)
                    figures.add(prefixed(HeatmapFigure.of(b, swept.get(0), swept.get(1), options.outcome(),
                            swept.size()), pre).ofBatch(b.label()));
            }
        }
        if (batches.size() >= 2) {
            figures.add(OutcomeFigure.of(batches));
            figures.add(ForestFigure.of(batches, options.outcome()));
        }
        for (Sensitivity s : sensitivities) {
            List<String> what = new ArrayList<>();
            if (!s.outputs().isEmpty() || s.morris().isEmpty())
                what.add("Sobol indices of " + s.outputs().size() + " output(s)");
            if (!s.morris().isEmpty())
                what.add("Morris elementary effects of " + s.morris().size() + " output(s), not drawn");
            described.add("`" + s.file() + "`: " + String.join("; ", what));
            String name = s.file().getFileName().toString().replaceFirst("\\.json$", "");
            for (Sensitivity.Output o : s.outputs())
                figures.add(prefixed(SobolFigure.of(o), prefix ? FigureNames.slug(name) + "-" : ""));
        }
        for (Posterior c : calibrations) {
            described.add("`" + c.folder() + "`: calibration " + c.name() + ", " + c.weights().length
                    + " particles over " + c.parameters().size() + " parameter(s)");
            String pre = prefix ? FigureNames.slug(c.name()) + "-" : "";
            for (Figure f : posteriorFigures(c)) figures.add(prefixed(f, pre));
        }
        figures = unique(figures);
        Path out = options.out();
        Files.createDirectories(out); // for figures.md even when nothing is drawn (a file of Morris effects)
        for (Figure f : figures) FigureWriter.write(f, out, options.formats());
        FiguresIndex.write(out.resolve(FigureSchema.INDEX_FILE), figures, notes, described, options.orderedFormats(),
                command);
        return new Report(out, List.copyOf(figures), List.copyOf(notes));
    }

    private static List<Figure> single(LabelledBatch b, PlotOptions options, CheckedFolders checked, List<String> notes)
            throws PlotException {
        List<Figure> out = new ArrayList<>();
        out.add(OutcomeFigure.of(List.of(b)));
        Figure variance = VarianceFigure.of(b);
        if (variance != null) out.add(variance);
        Optional<Table> rounds = checked.rounds(b.data().folder());
        if (rounds.isEmpty()) rounds = b.data().rounds(TrajectoryFigure.COLUMNS);
        if (rounds.isPresent()) out.add(TrajectoryFigure.of(b, rounds.get()));
        else notes.add(b.label() + ": no trajectories figure, the folder has no rounds table (rounds.csv.gz)");
        Optional<Path> coalitions = b.data().coalitions();
        if (coalitions.isPresent()) {
            Figure f = CoalitionFigure.of(b, coalitions.get(), options.reference(), options.top(), notes);
            if (f != null) out.add(f);
        } else {
            notes.add(b.label() + ": no coalitions figure, the folder has no coalitions table (coalitions.csv.gz)");
        }
        Figure text = FinalTextFigure.of(b, notes);
        if (text != null) out.add(text);
        return out;
    }

    /** Each calibrated parameter's marginal posterior, and every pair's particles when there are few parameters. */
    private static List<Figure> posteriorFigures(Posterior c) {
        List<Figure> out = new ArrayList<>();
        int k = c.parameters().size();
        for (int d = 0; d < k; d++) out.add(PosteriorFigure.of(c, d));
        if (k <= PosteriorPairFigure.MAX_PARAMETERS)
            for (int a = 0; a < k; a++)
                for (int b = a + 1; b < k; b++) out.add(PosteriorPairFigure.of(c, a, b));
        return out;
    }

    private static Optional<Path> sensitivityFile(Path p) throws PlotException {
        if (Files.isRegularFile(p)) {
            if (p.getFileName().toString().endsWith(".json")) return Optional.of(p);
            throw new PlotException(p + ": expected a results folder or a sensitivity .json file");
        }
        if (!Files.isDirectory(p)) throw new PlotException(p + ": no such file or folder");
        if (!Files.exists(p.resolve(ResultsSchema.Runs.FILE))
                && Files.isRegularFile(p.resolve(AnalysisSchema.Sensitivity.JSON_FILE)))
            return Optional.of(p.resolve(AnalysisSchema.Sensitivity.JSON_FILE));
        Optional<String> stopped = org.ministerial.batch.Execution.unfinished(p);
        if (stopped.isPresent()) throw new PlotException(stopped.get());
        if (!Files.exists(p.resolve(ResultsSchema.Runs.FILE)))
            throw new PlotException(p + ": not a results folder (no runs.csv) and no "
                    + AnalysisSchema.Sensitivity.JSON_FILE + " in it");
        return Optional.empty();
    }

    private static List<LabelledBatch> label(List<ResultsData> results, List<String> labels) throws PlotException {
        if (!labels.isEmpty() && labels.size() != results.size())
            throw PlotException.usage("--label given " + Labels.count(labels.size(), "time") + " for "
                    + Labels.count(results.size(), "results folder") + ": give one per folder, in order, or none");
        Map<String, String> common = results.size() < 2 ? Map.of() : new LinkedHashMap<>(results.get(0).overrides());
        for (ResultsData r : results)
            common.entrySet().removeIf(e -> !e.getValue().equals(r.overrides().get(e.getKey())));
        List<LabelledBatch> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < results.size(); i++) {
            // a label left null (a study's table gives its batches theirs, other folders none) is the batch's own
            String given = labels.isEmpty() ? null : labels.get(i);
            String base = given == null ? results.get(i).label(common) : given.strip();
            String label = base;
            for (int k = 2; !used.add(label); k++) label = base + " (" + k + ")";
            out.add(new LabelledBatch(label, results.get(i)));
        }
        return out;
    }

    /** File-name prefixes, one per batch, unique even when long labels share their first characters. */
    private static List<String> prefixes(List<LabelledBatch> batches, boolean prefix) {
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int i = 0; i < batches.size(); i++) {
            String p = FigureNames.slug(batches.get(i).label());
            if (!used.add(p)) used.add(p = p + "-" + (i + 1));
            out.add(prefix ? p + "-" : "");
        }
        return out;
    }

    private static void checkOutcome(LabelledBatch b, String outcome) throws PlotException {
        boolean defined = Files.exists(b.data().folder().resolve(ResultsSchema.SUMMARY_FILE));
        if (defined && !b.data().outcomes().contains(outcome))
            throw new PlotException("--outcome " + outcome + ": not an outcome of " + b.data().folder() + " (known: "
                    + String.join(", ", b.data().outcomes()) + ")");
    }

    private static Figure prefixed(Figure f, String prefix) {
        return f.named(prefix + f.name());
    }

    private static List<Figure> unique(List<Figure> figures) {
        Set<String> names = new HashSet<>();
        List<Figure> out = new ArrayList<>();
        for (Figure f : figures) {
            String name = f.name();
            for (int k = 2; !names.add(name); k++) name = f.name() + "-" + k;
            out.add(f.named(name));
        }
        return out;
    }
}
