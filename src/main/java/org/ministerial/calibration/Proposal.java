package org.ministerial.calibration;

/**
 * One proposed parameter vector of a generation and what its runs gave.
 *
 * @param index     0-based proposal index within its generation
 * @param theta     the parameter values, in prior order, as the runs used them
 * @param simulated each target's mean over the proposal's runs, in target order (NaN when no run reported it)
 * @param holdout   each holdout pattern's mean over the runs, in holdout order
 * @param failed    runs that failed (left out of the means)
 * @param distance  the distance to the observed targets ({@link Distance}); infinite when a target has no value
 */
record Proposal(int index, double[] theta, double[] simulated, double[] holdout, int failed, double distance) {
}
