package org.ministerial.calibration;

import org.ministerial.batch.BatchRunner;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.Outcome;
import org.ministerial.model.RunResult;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A substitute for the negotiation model with a closed-form posterior: each named model parameter is a success
 * probability theta, and a run reports, as metric {@code share_<i>}, the share of successes in {@code n_i} Bernoulli
 * trials drawn from the run's seed. With a uniform prior on theta and {@code k} successes observed, the posterior is
 * Beta(k + 1, n - k + 1); ABC that accepts only an exact match of the share is exact.
 */
final class BernoulliModel implements BatchRunner.Model {
    private final List<String> parameters;
    private final int[] trials;

    /**
     * @param parameters model parameter names (without {@code parameters.}) holding each theta
     * @param trials     trials per run of each
     */
    BernoulliModel(List<String> parameters, int... trials) {
        this.parameters = List.copyOf(parameters);
        this.trials = trials.clone();
    }

    @Override
    public RunResult run(NegotiationSpec spec, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (int i = 0; i < trials.length; i++) {
            double theta = spec.parameters().get(parameters.get(i));
            int successes = 0;
            for (int t = 0; t < trials[i]; t++) if (rng.nextDouble() < theta) successes++;
            metrics.put("share_" + i, (double) successes / trials[i]);
        }
        int k = spec.issues().size();
        return new RunResult(Outcome.AGREEMENT, 0, 1, 1, new double[k], new boolean[k], List.of(), -1, List.of(),
                List.of(), metrics);
    }
}
