package org.ministerial.calibration;

/**
 * One observed pattern a calibration compares the model with: a measure of each run ({@link Measures}), its observed
 * value, and the scale its difference is measured in. The distance of a particle is the Euclidean norm of
 * {@code (simulated - observed) / scale} over the targets, so a scale says how large a miss counts as one unit.
 *
 * @param measure  the measure's name, e.g. {@code breakdown_share} or {@code g21_jaccard}
 * @param observed the observed value
 * @param scale    the tolerance scale, positive
 * @param missing  the value a run counts with when it does not report the measure (a Jaccard overlap of a coalition
 *                 that did not emerge), or NaN to leave such runs out of the mean
 * @param line     the line of the experiment file that declares it, for messages
 */
public record Target(String measure, double observed, double scale, double missing, int line) {
    public Target {
        if (!Double.isFinite(observed)) throw new IllegalArgumentException(measure + ": observed must be finite");
        if (!(scale > 0) || Double.isInfinite(scale))
            throw new IllegalArgumentException(measure + ": scale must be positive, got " + scale);
    }

    /** Whether runs without a value count with {@link #missing}. */
    public boolean fillsMissing() {
        return !Double.isNaN(missing);
    }
}
