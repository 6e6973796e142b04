package org.ministerial.calibration;

import java.util.List;

/**
 * One finished generation of ABC-SMC: its tolerance, how many proposals it took to accept N particles, and the
 * accepted particles with their normalised importance weights.
 *
 * @param index     0-based generation; generation 0 samples the prior
 * @param tolerance the tolerance proposals were accepted under (infinite for generation 0)
 * @param proposals proposals made up to and including the N-th accepted one
 * @param particles the accepted proposals, in proposal order
 * @param weights   their importance weights, summing to 1
 * @param failed    failed runs among those proposals
 */
record Generation(int index, double tolerance, int proposals, List<Proposal> particles, double[] weights,
                  int failed) {
    Generation {
        particles = List.copyOf(particles);
        if (weights.length != particles.size())
            throw new IllegalArgumentException("one weight per particle: " + weights.length + " for "
                    + particles.size());
    }

    /** Accepted particles over proposals. */
    double acceptanceRate() {
        return (double) particles.size() / proposals;
    }

    /** Kish's effective sample size of the weights, 1 / sum w^2 (weights sum to 1). */
    double effectiveSampleSize() {
        double sq = 0;
        for (double w : weights) sq += w * w;
        return 1 / sq;
    }

    /** The particles' parameter values of one parameter. */
    double[] values(int parameter) {
        double[] v = new double[particles.size()];
        for (int i = 0; i < v.length; i++) v[i] = particles.get(i).theta()[parameter];
        return v;
    }

    /** The particles' distances, in particle order. */
    double[] distances() {
        return particles.stream().mapToDouble(Proposal::distance).toArray();
    }
}
