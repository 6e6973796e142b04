package org.ministerial.plot;

import org.ministerial.batch.AnalysisSchema;
import com.fasterxml.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sobol sensitivity indices read from a JSON file, in the format documented in docs/figures.md:
 * <pre>{@code
 * {"outputs": {"<output>": {"parameters": {"<parameter>":
 *     {"S1": 0.42, "S1_ci": [0.35, 0.49], "ST": 0.61, "ST_ci": [0.52, 0.70]}}}}}
 * }</pre>
 * The intervals are optional; other keys are ignored, so a richer file (sample sizes, second-order indices) works.
 * First-order and total indices are those of I. M. Sobol', "Global sensitivity indices for nonlinear mathematical
 * models and their Monte Carlo estimates", Mathematics and Computers in Simulation 55 (2001) 271-280.
 *
 * @param file    where it was read from
 * @param outputs one entry per model output with Sobol indices, in file order
 * @param morris  the outputs that hold Morris elementary effects instead (a {@code morris} design's
 *                {@code sensitivity.json}), which get no figure
 */
public record Sensitivity(Path file, List<Output> outputs, List<String> morris) {
    public Sensitivity {
        outputs = List.copyOf(outputs);
        morris = List.copyOf(morris);
    }

    /**
     * Indices of one output.
     *
     * @param name    the output, e.g. {@code breakdown_share}
     * @param indices one entry per parameter, in file order
     * @param warning why the indices cannot be trusted ({@code sensitivity}'s "warning"), or null
     */
    public record Output(String name, List<Indices> indices, String warning) {
        public Output {
            indices = List.copyOf(indices);
        }
    }

    /**
     * Sobol indices of one parameter.
     *
     * @param parameter parameter name
     * @param s1        first-order index
     * @param s1ci      its interval, or null
     * @param st        total index
     * @param stci      its interval, or null
     */
    public record Indices(String parameter, double s1, Interval s1ci, double st, Interval stci) {
    }

    /**
     * Reads and checks the file; every problem names the file and the JSON path of the bad entry. Two layouts are
     * read: the one above, and the {@code sensitivity.json} that {@code ministerial sensitivity} writes
     * ({@code "indices": {"<parameter>": {"first", "first_ci", "total", "total_ci"}}}), whose outputs that are constant
     * over the design ({@code "indices": null}) are left out with a note each, and whose outputs that hold Morris
     * elementary effects ({@code "effects"}) are left out with one note for the file. A file with nothing to draw
     * is no error: it gets no figure.
     */
    public static Sensitivity read(Path file) throws PlotException {
        return read(file, new ArrayList<>());
    }

    /** As {@link #read(Path)}, adding to {@code notes} a line for each output left out. */
    public static Sensitivity read(Path file, List<String> notes) throws PlotException {
        JsonNode root = JsonFiles.read(file);
        JsonNode outputs = root.path(AnalysisSchema.Sensitivity.OUTPUTS);
        if (!outputs.isObject() || outputs.isEmpty())
            throw new PlotException(file + ": expected a non-empty object \"outputs\" (see docs/figures.md)");
        List<Output> out = new ArrayList<>();
        List<String> morris = new ArrayList<>();
        for (Map.Entry<String, JsonNode> o : outputs.properties()) {
            JsonNode entry = o.getValue();
            if (entry.has(AnalysisSchema.Sensitivity.EFFECTS) && !entry.has(AnalysisSchema.Sensitivity.INDICES)
                    && !entry.has(AnalysisSchema.Sensitivity.HAND_PARAMETERS)) {
                morris.add(o.getKey());
                continue;
            }
            boolean written = entry.has(AnalysisSchema.Sensitivity.INDICES);
            String where = "outputs." + o.getKey() + "."
                    + (written ? AnalysisSchema.Sensitivity.INDICES : AnalysisSchema.Sensitivity.HAND_PARAMETERS);
            JsonNode params = entry.path(written ? AnalysisSchema.Sensitivity.INDICES
                    : AnalysisSchema.Sensitivity.HAND_PARAMETERS);
            if (written && (params.isNull() || params.isMissingNode())) {
                notes.add(o.getKey() + ": no Sobol figure, " + entry.path(AnalysisSchema.Sensitivity.NOTE).asText("constant over the design"));
                continue;
            }
            if (!params.isObject() || params.isEmpty())
                throw new PlotException(file + ": " + where + " must be a non-empty object");
            // sensitivity.json names the indices by order; a file written by hand (docs/figures.md) as S1 and ST
            String s1 = written ? AnalysisSchema.Sensitivity.FIRST : AnalysisSchema.Sensitivity.HAND_FIRST;
            String st = written ? AnalysisSchema.Sensitivity.TOTAL : AnalysisSchema.Sensitivity.HAND_TOTAL;
            List<Indices> indices = new ArrayList<>();
            for (Map.Entry<String, JsonNode> p : params.properties()) {
                String at = where + "." + p.getKey();
                JsonNode n = p.getValue();
                indices.add(new Indices(p.getKey(), number(file, n, at, s1), interval(file, n, at, AnalysisSchema.Sensitivity.interval(s1)),
                        number(file, n, at, st), interval(file, n, at, AnalysisSchema.Sensitivity.interval(st))));
            }
            JsonNode warning = entry.get(AnalysisSchema.Sensitivity.WARNING);
            out.add(new Output(o.getKey(), indices, warning == null || warning.isNull() ? null : warning.asText()));
        }
        if (!morris.isEmpty())
            notes.add(file.getFileName() + ": no figure for its Morris elementary effects (" + Labels.count(
                    morris.size(), "output") + "): plot draws Sobol indices; mu, mu* and sigma are in the "
                    + "sensitivity.md and sensitivity.csv that ministerial sensitivity writes beside it");
        return new Sensitivity(file, out, morris);
    }

    private static double number(Path file, JsonNode node, String at, String key) throws PlotException {
        JsonNode v = node.get(key);
        if (v == null || !v.isNumber() || !Double.isFinite(v.doubleValue()))
            throw new PlotException(file + ": " + at + "." + key + " must be a finite number");
        return v.doubleValue();
    }

    private static Interval interval(Path file, JsonNode node, String at, String key) throws PlotException {
        JsonNode v = node.get(key);
        if (v == null || v.isNull()) return null;
        if (!v.isArray() || v.size() != 2 || !v.get(0).isNumber() || !v.get(1).isNumber()
                || !(v.get(0).doubleValue() <= v.get(1).doubleValue()))
            throw new PlotException(file + ": " + at + "." + key + " must be [low, high] with low <= high");
        return new Interval(v.get(0).doubleValue(), v.get(1).doubleValue());
    }
}
