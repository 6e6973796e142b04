package org.ministerial.calibration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.batch.Json;
import org.ministerial.files.CsvReader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ABC-SMC recovers a posterior known in closed form: two success probabilities with uniform priors, 7 successes in
 * 20 trials and 12 in 16, so the posteriors are Beta(8, 14) and Beta(13, 5), independent. The weighted posterior
 * mean and standard deviation of each must lie within four Monte Carlo standard errors of the exact ones (standard
 * errors from Kish's effective sample size: sd / sqrt(ESS) for the mean, sd / sqrt(2 ESS) for the sd). These
 * understate the error of a sequential sampler somewhat: over 30 seeds with 600 particles the errors spread about
 * 1.4 such standard errors, and with 3,000 particles about one, with no sign of bias; four is about three real ones.
 */
class ClosedFormPosteriorTest {
    @TempDir
    Path tmp;

    @Test
    void posteriorMeansAndSdsMatchTheBetaPosteriors() throws Exception {
        Path file = Experiments.write(tmp, "bernoulli", Experiments.bernoulli(600, 11));
        Path out = tmp.resolve("out");
        Experiments.run(file, out, 2, Experiments.bernoulliModel());
        JsonNode summary = Json.read(out.resolve("summary.json"));
        assertEquals("final_tolerance", summary.path("stop").asText());
        double ess = summary.path("ess").asDouble();
        assertTrue(ess > 200, "effective sample size " + ess);
        check(summary, "parameters.chair.agenda_power", 8, 14, ess);
        check(summary, "parameters.chair.mediation", 13, 5, ess);
        // every particle of the posterior reproduces the observed shares exactly
        for (Map<String, String> row : CsvReader.readCells(out.resolve("posterior.csv"))) {
            assertEquals("0.35", row.get("share_0"));
            assertEquals("0.75", row.get("share_1"));
            assertEquals("0", row.get("distance"));
        }
        List<Map<String, String>> generations = CsvReader.readCells(out.resolve("generations.csv"));
        assertEquals("0.04", generations.get(generations.size() - 1).get("tolerance"));
        assertEquals("Inf", generations.get(0).get("tolerance"));
    }

    private static void check(JsonNode summary, String key, double a, double b, double ess) {
        double mean = a / (a + b);
        double sd = Math.sqrt(a * b / ((a + b) * (a + b) * (a + b + 1)));
        JsonNode p = summary.path("posterior").path(key);
        double gotMean = p.path("mean").asDouble(), gotSd = p.path("sd").asDouble();
        assertEquals(mean, gotMean, 4 * sd / Math.sqrt(ess), key + " mean");
        assertEquals(sd, gotSd, 4 * sd / Math.sqrt(2 * ess), key + " sd");
        // the 95% credible interval holds the exact one's centre and is about as wide (4 sd for a Beta this shape)
        double low = p.path("ci95").get(0).asDouble(), high = p.path("ci95").get(1).asDouble();
        assertTrue(low < mean && mean < high, key + " interval [" + low + ", " + high + "]");
        assertEquals(3.9 * sd, high - low, 0.6 * sd, key + " interval width");
    }
}
