package org.ministerial.cli;

import org.ministerial.batch.AnalysisSchema;
import org.ministerial.batch.ManifestKeys;
import org.ministerial.batch.ResultsSchema;
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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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

    /** Refuses reference codes that are no actor of the sweep's scenarios, when those can still be read. */
    private void checkCodes(List<String> codes) throws Exception {
        Path manifest = folder.resolve(ResultsSchema.MANIFEST_FILE);
        if (!java.nio.file.Files.exists(manifest)) return;
        com.fasterxml.jackson.databind.JsonNode m = org.ministerial.batch.Json.read(manifest);
        java.util.Set<String> actors = new java.util.TreeSet<>();
        Path experiment = Path.of(m.path(ManifestKeys.EXPERIMENT).asText("."));
        for (com.fasterxml.jackson.databind.JsonNode label : m.path(ManifestKeys.SCENARIOS)) {
            for (Path p : List.of(Path.of(label.asText()), experiment.toAbsolutePath().getParent()
                    .resolve(label.asText()))) {
                if (!java.nio.file.Files.isRegularFile(p)) continue;
                try {
                    for (var a : org.ministerial.scenario.ScenarioLoader.load(p, java.util.Map.of()).spec().actors())
                        actors.add(a.code());
                } catch (org.ministerial.scenario.ScenarioException e) {
                    // the scenario has changed since the sweep; the codes cannot be checked
                }
                break;
            }
        }
        if (actors.isEmpty()) return;
        for (String c : codes)
            if (!actors.contains(c))
                throw new UserInputException("--reference-coalition: '" + c + "' is no actor of "
                        + "the sweep's scenario" + (actors.size() <= 40 ? " (actors: " + String.join(", ", actors)
                        + ")" : ""));
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
        if (codes != null) checkCodes(codes);
        SensitivityAnalysis.Result result = SensitivityAnalysis.analyse(folder,
                new SensitivityAnalysis.Options(bootstrap, codes));
        SensitivityReport.write(folder, result);
        PrintWriter out = spec.commandLine().getOut();
        out.print(SensitivityReport.markdown(result));
        for (String f : AnalysisSchema.Sensitivity.FILES) out.println("wrote " + folder.resolve(f));
        out.flush();
        return 0;
    }
}
