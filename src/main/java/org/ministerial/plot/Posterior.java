package org.ministerial.plot;

import com.fasterxml.jackson.databind.JsonNode;
import org.ministerial.batch.ManifestKeys;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.batch.ResultsSchema.Calibrations;
import org.ministerial.batch.SummaryKeys;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished calibration folder ({@code bin/ministerial calibrate}) as the posterior figures need it: the calibrated
 * parameters with their prior ranges (from {@code manifest.json}), the last generation's particles and weights
 * ({@code posterior.csv}), and each parameter's posterior mean and 95% credible interval ({@code summary.json}).
 *
 * @param folder     the results folder
 * @param name       the calibration's name
 * @param parameters the calibrated parameters, in file order
 * @param particles  the particles: {@code particles[i][d]} is parameter {@code d} of particle {@code i}
 * @param weights    their importance weights
 */
record Posterior(Path folder, String name, List<Parameter> parameters, double[][] particles, double[] weights) {
    /** The file that marks a calibration folder. */

    /**
     * One calibrated parameter.
     *
     * @param key     dotted key
     * @param min     lower end of the uniform prior
     * @param max     upper end
     * @param integer whether it takes whole numbers
     * @param mean    posterior mean (summary.json)
     * @param ci      central 95% credible interval (summary.json)
     */
    record Parameter(String key, double min, double max, boolean integer, double mean, Interval ci) {
    }

    static boolean isCalibration(Path folder) {
        return Files.isDirectory(folder) && Files.isRegularFile(folder.resolve(Calibrations.POSTERIOR_FILE));
    }

    static Posterior read(Path folder) throws PlotException {
        Path manifestFile = folder.resolve(ResultsSchema.MANIFEST_FILE);
        JsonNode manifest = JsonFiles.read(manifestFile);
        JsonNode summary = JsonFiles.read(folder.resolve(ResultsSchema.SUMMARY_FILE));
        JsonNode priors = manifest.path(ManifestKeys.PRIORS);
        if (!priors.isArray() || priors.isEmpty())
            throw new PlotException(manifestFile + ": no \"" + ManifestKeys.PRIORS + "\" (not a calibration's manifest)");
        Table table = Table.read(folder.resolve(Calibrations.POSTERIOR_FILE));
        table.require(Calibrations.WEIGHT);
        List<Parameter> parameters = new ArrayList<>();
        for (JsonNode p : priors) {
            String key = p.path(ManifestKeys.Factor.KEY).asText();
            table.require(key);
            JsonNode post = summary.path(SummaryKeys.Abc.POSTERIOR).path(key);
            JsonNode ci = post.path(SummaryKeys.Abc.CI95);
            parameters.add(new Parameter(key, p.path(ManifestKeys.Factor.MIN).asDouble(),
                    p.path(ManifestKeys.Factor.MAX).asDouble(), p.path(ManifestKeys.Factor.INTEGER).asBoolean(),
                    post.path(SummaryKeys.Abc.MEAN).asDouble(Double.NaN),
                    ci.size() == 2 ? new Interval(ci.get(0).asDouble(), ci.get(1).asDouble()) : null));
        }
        int n = table.rows().size();
        if (n == 0) throw new PlotException(folder.resolve(Calibrations.POSTERIOR_FILE) + ": no particles");
        double[][] particles = new double[n][parameters.size()];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            Table.Row r = table.rows().get(i);
            weights[i] = table.number(r, Calibrations.WEIGHT);
            for (int d = 0; d < parameters.size(); d++) particles[i][d] = table.number(r, parameters.get(d).key());
        }
        String name = manifest.path(ManifestKeys.EXPERIMENT_NAME).asText(folder.getFileName().toString());
        return new Posterior(folder, name, parameters, particles, weights);
    }

    /** Kish's effective sample size of the weights. */
    double effectiveSampleSize() {
        double sum = 0, sq = 0;
        for (double w : weights) {
            sum += w;
            sq += w * w;
        }
        return sum * sum / sq;
    }
}
