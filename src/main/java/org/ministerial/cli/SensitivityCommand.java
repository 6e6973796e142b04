package org.ministerial.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.ministerial.batch.AnalysisSchema;
import org.ministerial.batch.Json;
import org.ministerial.batch.ManifestKeys;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.experiment.Experiment;
import org.ministerial.experiment.ExperimentException;
import org.ministerial.experiment.ExperimentReader;
import org.ministerial.experiment.SweepPlan;
import org.ministerial.files.Problem;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;
import org.ministerial.sensitivity.SensitivityAnalysis;
import org.ministerial.sensitivity.SensitivityReport;
import org.ministerial.statistics.Bootstrap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/**
 * {@code ministerial sensitivity}: Sobol indices (Saltelli design) or Morris elementary effects (Morris design) of
 * every output of a finished sweep, with bootstrap intervals, written beside its results.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Sensitivity analysis of a finished sweep: first- and total-order Sobol indices for a saltelli "
                + "design, elementary effects for a morris design, with bootstrap confidence intervals.",
                "Writes sensitivity.csv, sensitivity.md and sensitivity.json into RESULTS."})
public final class SensitivityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "RESULTS", description = "the sweep's results folder")
    Path folder;

    @Option(names = "--bootstrap", paramLabel = "B", defaultValue = "1000",
            description = "bootstrap resamples for the intervals (default: ${DEFAULT-VALUE})")
    int resamples;

    @Option(names = "--confidence", paramLabel = "C", defaultValue = "0.95",
            description = "coverage of the intervals (default: ${DEFAULT-VALUE})")
    double confidence;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "seed of the bootstrap resampling (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--reference-coalition", paramLabel = "CODES", split = ",",
            description = "actor codes of a reference coalition for the coalition_overlap output, e.g. "
                    + "BRA,IND,CHN,ZAF (default: the experiment's reference_coalition)")
    String[] reference;

    @Spec
    CommandSpec spec;

    /**
     * Refuses reference codes that are no actor of the sweep's scenarios, when those can still be read: the codes of
     * {@code --reference-coalition}, or without it the experiment's {@code reference_coalition} as the manifest
     * records it (a sweep refuses an unknown one, but not every sweep did), at its line of the experiment file.
     */
    private void checkCodes(List<String> codes) throws Exception {
        Path manifest = folder.resolve(ResultsSchema.MANIFEST_FILE);
        if (!Files.exists(manifest)) return;
        JsonNode m = Json.read(manifest);
        Set<String> actors = actors(m);
        if (actors.isEmpty()) return;
        if (codes != null) {
            for (String c : codes)
                if (!actors.contains(c))
                    throw new UserInputException("--reference-coalition: '" + c + "' is no actor of "
                            + "the sweep's scenario" + (actors.size() <= 40 ? " (actors: " + String.join(", ", actors)
                            + ")" : ""));
            return;
        }
        List<String> recorded = new ArrayList<>();
        for (JsonNode c : m.path(ManifestKeys.REFERENCE_COALITION))
            recorded.add(c.asText());
        if (actors.containsAll(recorded)) return;
        Path file = Path.of(m.path(ManifestKeys.EXPERIMENT).asText("."));
        Experiment read = null;
        try {
            read = ExperimentReader.read(file);
        } catch (ExperimentException e) {
            // the experiment file is gone or changed: the codes are named by the manifest instead
        }
        List<Problem> problems = new ArrayList<>();
        for (String c : recorded) {
            if (actors.contains(c)) continue;
            String message = SweepPlan.referenceMessage(c, actors,
                    m.path(ManifestKeys.SCENARIOS).size());
            if (read != null && read.reference().equals(recorded))
                problems.add(new Problem(file.toString(),
                        read.referenceLine(recorded.indexOf(c)), message));
            else problems.add(new Problem(manifest.toString(), 0, message
                    + "; give --reference-coalition"));
        }
        throw new ExperimentException(problems);
    }

    /** The actors of the sweep's scenarios, or none when the scenarios cannot be read any more. */
    private Set<String> actors(JsonNode m) {
        Set<String> actors = new TreeSet<>();
        Path experiment = Path.of(m.path(ManifestKeys.EXPERIMENT).asText("."));
        for (JsonNode label : m.path(ManifestKeys.SCENARIOS)) {
            for (Path p : List.of(Path.of(label.asText()), experiment.toAbsolutePath().getParent()
                    .resolve(label.asText()))) {
                if (!Files.isRegularFile(p)) continue;
                try {
                    for (var a : ScenarioLoader.load(p, Map.of()).spec().actors())
                        actors.add(a.code());
                } catch (ScenarioException e) {
                    // the scenario has changed since the sweep; the codes cannot be checked
                }
                break;
            }
        }
        return actors;
    }

    @Override
    public Integer call() throws Exception {
        Bootstrap bootstrap;
        try {
            bootstrap = new Bootstrap(resamples, confidence, seed);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        List<String> codes = reference == null ? null
                : Arrays.stream(reference).map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
        checkCodes(codes);
        SensitivityAnalysis.Result result = SensitivityAnalysis.analyse(folder,
                new SensitivityAnalysis.Options(bootstrap, codes));
        try {
            SensitivityReport.write(folder, result);
        } catch (java.io.IOException e) {
            throw org.ministerial.batch.ResultsFolder.explainFullDisk(e, folder, "the sensitivity analysis",
                    "the sweep's results are untouched: free some space and run the same command again");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(SensitivityReport.markdown(result));
        for (String f : AnalysisSchema.Sensitivity.FILES) out.println("wrote " + folder.resolve(f));
        out.flush();
        return 0;
    }
}
