package org.ministerial.plot;

/**
 * A confidence interval or a band, {@code lower <= upper}.
 *
 * @param lower lower end
 * @param upper upper end
 */
public record Interval(double lower, double upper) {
    public Interval {
        if (!(lower <= upper)) throw new IllegalArgumentException("interval [" + lower + ", " + upper + "] is empty");
    }

    /** The interval with both ends multiplied by {@code factor > 0} (e.g. 100 for percent). */
    public Interval times(double factor) {
        if (!(factor > 0)) throw new IllegalArgumentException("factor must be positive, got " + factor);
        return new Interval(lower * factor, upper * factor);
    }
}
