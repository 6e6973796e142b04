package org.ministerial.sensitivity;

import com.fasterxml.jackson.databind.JsonNode;
import org.ministerial.batch.ResultsFolderException;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.files.CsvReader;
import org.ministerial.statistics.Bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sensitivity analysis of a finished sweep's results folder: Sobol first- and total-order indices for a Saltelli
 * design ({@link SobolIndices}), Morris elementary effects for a Morris design ({@link MorrisEffects}), each with
 * percentile bootstrap intervals ({@link Bootstrap}), for every output of {@link PointOutputs}. The design is read from
 * {@code manifest.json} and {@code design.csv}, the outputs from {@code runs.csv}: nothing is run again.
 */
public final class SensitivityAnalysis {
    /**
     * @param bootstrap the resampling for the intervals
     * @param reference a reference coalition for {@code coalition_overlap}; null to use the experiment's
     */
    public record Options(Bootstrap bootstrap, List<String> reference) {
    }

    /**
     * What was analysed, for the JSON report.
     *
     * @param table the indices
     * @param about the design, sample sizes, estimators and bootstrap settings
     */
    public record Result(SensitivityTable table, Map<String, Object> about) {
    }

    private SensitivityAnalysis() {
    }

    public static Result analyse(Path folder, Options options) throws IOException {
        Path manifestFile = folder.resolve(ResultsSchema.MANIFEST_FILE);
        Path designCsv = folder.resolve(ResultsSchema.Sweeps.DESIGN_FILE);
        if (!Files.exists(manifestFile) || !Files.exists(designCsv))
            throw new ResultsFolderException(folder + " is not a finished sweep's results folder (it needs "
                    + "manifest.json and design.csv; run the sweep to the end, or merge its shards, first)");
        JsonNode manifest = org.ministerial.batch.ResultsCheck.finished(folder).manifest();
        JsonNode design = manifest.path("design");
        String type = design.path("type").asText("");
        if (!type.equals("saltelli") && !type.equals("morris"))
            throw new ResultsFolderException(folder + " holds a " + (type.isEmpty() ? "batch" : type + " design")
                    + "; sensitivity analysis needs a saltelli design (Sobol indices) or a morris design "
                    + "(elementary effects)");
        List<Factor> factors = new ArrayList<>();
        for (JsonNode f : design.path("factors"))
            factors.add(new Factor(f.path("key").asText(), f.path("min").asDouble(), f.path("max").asDouble()));
        List<Map<String, String>> points = CsvReader.readCells(designCsv);
        if (manifest.has("points") && manifest.path("points").asInt() != points.size())
            throw new ResultsFolderException(designCsv + ": holds " + points.size()
                    + " design points but manifest.json records " + manifest.path("points").asInt());
        List<String> reference = new ArrayList<>();
        if (options.reference() != null) reference.addAll(options.reference());
        else for (JsonNode c : manifest.path("reference_coalition")) reference.add(c.asText());
        PointOutputs outputs = PointOutputs.read(folder, points.size(), reference);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("experiment", manifest.path("experiment_name").asText());
        about.put("design", type);
        about.put("points", points.size());
        about.put("replications", manifest.path("replications").asInt());
        about.put("factors", factors.stream().map(Factor::key).toList());
        if (!reference.isEmpty()) about.put("reference_coalition", reference);
        Map<String, Object> boot = new LinkedHashMap<>();
        boot.put("resamples", options.bootstrap().resamples());
        boot.put("confidence", options.bootstrap().confidence());
        boot.put("seed", options.bootstrap().seed());
        boot.put("interval", "percentile");
        SensitivityTable table;
        if (type.equals("saltelli")) {
            about.put("method", "sobol");
            about.put("base_samples", design.path("base_samples").asInt());
            about.put("estimators", Map.of("first", "Saltelli et al. (2010), Table 2 (b)",
                    "total", "Jansen (1999); Saltelli et al. (2010), Table 2 (f)"));
            about.put("bootstrap", boot);
            table = SobolFromDesign.analyse(factors, points, outputs, options.bootstrap());
        } else {
            about.put("method", "morris");
            about.put("trajectories", design.path("trajectories").asInt());
            about.put("levels", design.path("levels").asInt());
            about.put("effects", "per unit of each factor's range; mu* after Campolongo et al. (2007)");
            about.put("bootstrap", boot);
            table = MorrisFromDesign.analyse(factors, points, outputs, options.bootstrap());
        }
        return new Result(table, about);
    }

    /**
     * A factor as the manifest records it.
     *
     * @param key its dotted key
     * @param min lower end of its range
     * @param max upper end of its range
     */
    record Factor(String key, double min, double max) {
    }
}
