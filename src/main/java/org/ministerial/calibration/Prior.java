package org.ministerial.calibration;

import org.apache.commons.math3.random.RandomGenerator;
import org.ministerial.batch.Decimals;
import org.ministerial.experiment.Factor;

/**
 * A uniform prior over one calibrated parameter, named by its dotted {@code --set} key: continuous on
 * {@code [min, max]}, or with {@code integer} uniform over the whole numbers in that range. A value is kept to six
 * decimals (or a whole number), which is both what a run uses and what the files show, as for sampled sweep designs.
 *
 * @param key     dotted key, e.g. {@code parameters.coalitions.similarity}
 * @param min     lower end of the support
 * @param max     upper end of the support, above {@code min}
 * @param integer whether the parameter takes whole numbers only
 */
public record Prior(String key, double min, double max, boolean integer) {
    public Prior {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max))
            throw new IllegalArgumentException(key + ": a prior needs finite min < max, got [" + min + ", " + max
                    + "]");
        if (integer && Math.ceil(min) >= Math.floor(max))
            throw new IllegalArgumentException(key + ": an integer prior needs at least two whole numbers in [" + min
                    + ", " + max + "]");
    }

    /** The smallest value of the support. */
    public double lowest() {
        return integer ? Math.ceil(min) : min;
    }

    /** The largest value of the support. */
    public double highest() {
        return integer ? Math.floor(max) : max;
    }

    /** A draw from the prior. */
    double draw(RandomGenerator rng) {
        if (!integer) return round(min + rng.nextDouble() * (max - min));
        return Factor.wholeNumber(min, max, rng.nextDouble());
    }

    /** A value as runs use it: to six decimals (half-even), or to a whole number. */
    double round(double value) {
        if (integer) return Math.rint(value);
        return Decimals.round(value).doubleValue();
    }

    /** Whether a (rounded) value lies in the support. */
    boolean contains(double value) {
        return value >= lowest() && value <= highest();
    }

    /** Log density of the prior in its support: minus the log of its length (or of its count of whole numbers). */
    double logDensity() {
        return -Math.log(integer ? highest() - lowest() + 1 : max - min);
    }

    /** A value as written in an override and in the files. */
    public String format(double value) {
        return integer ? Long.toString((long) value) : Decimals.format(value);
    }
}
