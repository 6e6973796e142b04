package org.ministerial.sensitivity;

import org.ministerial.batch.AnalysisSchema.Sensitivity;
import com.fasterxml.jackson.databind.JsonNode;
import org.ministerial.batch.ManifestKeys;
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
        java.util.Optional<String> stopped = org.ministerial.batch.Execution.unfinished(folder);
        if (stopped.isPresent()) throw new ResultsFolderException(stopped.get());
        if (!Files.exists(folder)) throw new ResultsFolderException(folder + ": no such folder");
        if (!Files.isDirectory(folder)) throw new ResultsFolderException(folder + ": is a file, not a sweep's folder");
        if (Files.exists(manifestFile) && !Files.exists(designCsv)) {
            String kind = org.ministerial.batch.Json.read(manifestFile).path(ManifestKeys.KIND).asText("");
            throw new ResultsFolderException(folder + " holds " + (kind.isEmpty() ? "results" : "a " + kind + "'s results")
                    + ", not a sweep's; sensitivity analysis reads the folder of a saltelli or morris sweep");
        }
        if (Files.exists(folder.resolve(org.ministerial.batch.AnalysisSchema.Study.CSV_FILE)))
            throw new ResultsFolderException(folder + " holds a study (compare or robustness), not a sweep; sensitivity"
                    + " analysis reads the folder of a saltelli or morris sweep (docs/experiments.md)");
        if (!Files.exists(manifestFile) || !Files.exists(designCsv))
            throw new ResultsFolderException(folder + " is not a finished sweep's results folder (it needs "
                    + "manifest.json and design.csv; run the sweep to the end, or merge its shards, first)");
        JsonNode manifest = org.ministerial.batch.ResultsCheck.finished(folder).manifest();
        JsonNode design = manifest.path(ManifestKeys.DESIGN);
        String type = design.path(ManifestKeys.Design.TYPE).asText("");
        if (!type.equals("saltelli") && !type.equals("morris"))
            throw new ResultsFolderException(folder + " holds a " + (type.isEmpty() ? "batch" : type + " design")
                    + "; sensitivity analysis needs a saltelli design (Sobol indices) or a morris design "
                    + "(elementary effects)");
        List<Factor> factors = new ArrayList<>();
        for (JsonNode f : design.path(ManifestKeys.Design.FACTORS))
            factors.add(new Factor(f.path(ManifestKeys.Factor.KEY).asText(), f.path(ManifestKeys.Factor.MIN).asDouble(),
                    f.path(ManifestKeys.Factor.MAX).asDouble()));
        List<Map<String, String>> points = CsvReader.readCells(designCsv);
        if (manifest.has(ManifestKeys.POINTS) && manifest.path(ManifestKeys.POINTS).asInt() != points.size())
            throw new ResultsFolderException(designCsv + ": holds " + points.size()
                    + " design points but manifest.json records " + manifest.path(ManifestKeys.POINTS).asInt());
        List<String> reference = new ArrayList<>();
        if (options.reference() != null) reference.addAll(options.reference());
        else for (JsonNode c : manifest.path(ManifestKeys.REFERENCE_COALITION)) reference.add(c.asText());
        PointOutputs outputs = PointOutputs.read(folder, points.size(), reference);
        Map<String, Object> about = new LinkedHashMap<>();
        about.put(Sensitivity.EXPERIMENT, manifest.path(ManifestKeys.EXPERIMENT_NAME).asText());
        about.put(Sensitivity.DESIGN, type);
        about.put(Sensitivity.POINTS, points.size());
        about.put(Sensitivity.REPLICATIONS, manifest.path(ManifestKeys.REPLICATIONS).asInt());
        about.put(Sensitivity.FACTORS, factors.stream().map(Factor::key).toList());
        if (!reference.isEmpty()) about.put(Sensitivity.REFERENCE_COALITION, reference);
        Map<String, Object> boot = new LinkedHashMap<>();
        boot.put(Sensitivity.RESAMPLES, options.bootstrap().resamples());
        boot.put(Sensitivity.CONFIDENCE, options.bootstrap().confidence());
        boot.put(Sensitivity.SEED, options.bootstrap().seed());
        boot.put(Sensitivity.INTERVAL, "percentile");
        SensitivityTable table;
        if (type.equals("saltelli")) {
            about.put(Sensitivity.METHOD, Sensitivity.SOBOL);
            about.put(Sensitivity.BASE_SAMPLES, design.path(ManifestKeys.Design.BASE_SAMPLES).asInt());
            // insertion-ordered, not Map.of: the order of Map.of's entries changes from one JVM to the next, and
            // sensitivity.json must be the same bytes every time
            Map<String, String> estimators = new LinkedHashMap<>();
            estimators.put(Sensitivity.FIRST, "Saltelli et al. (2010), Table 2 (b), on outputs centred on their mean");
            estimators.put(Sensitivity.TOTAL, "Jansen (1999); Saltelli et al. (2010), Table 2 (f)");
            about.put(Sensitivity.ESTIMATORS, estimators);
            about.put(Sensitivity.BOOTSTRAP, boot);
            table = SobolFromDesign.analyse(factors, points, outputs, options.bootstrap());
        } else {
            about.put(Sensitivity.METHOD, Sensitivity.MORRIS);
            about.put(Sensitivity.TRAJECTORIES, design.path(ManifestKeys.Design.TRAJECTORIES).asInt());
            about.put(Sensitivity.LEVELS, design.path(ManifestKeys.Design.LEVELS).asInt());
            about.put(Sensitivity.EFFECTS, "per unit of each factor's range; mu* after Campolongo et al. (2007)");
            about.put(Sensitivity.BOOTSTRAP, boot);
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
