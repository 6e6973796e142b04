package org.ministerial.experiment;

import java.util.List;

/**
 * One parameter an experiment varies, by its dotted key (the same keys as {@code --set}): either a list of values
 * (for a factorial design) or a range (for sampled designs).
 *
 * @param key     dotted key, e.g. {@code parameters.chair.agenda_power}
 * @param values  the values of a factorial design, as written (YAML scalars), or empty for a range
 * @param min     lower end of a sampled range (NaN for a list of values)
 * @param max     upper end of a sampled range (NaN for a list of values)
 * @param integer whether sampled values are whole numbers, each of those in {@code [min, max]} equally likely
 *                (e.g. {@code chair.patience}; {@link #wholeNumber})
 */
public record Factor(String key, List<String> values, double min, double max, boolean integer) {
    public Factor {
        if (key == null || key.isBlank()) throw new IllegalArgumentException("a factor needs a key");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            if (!Double.isFinite(min) || !Double.isFinite(max) || min > max)
                throw new IllegalArgumentException(key + ": a range needs finite min <= max, got [" + min + ", "
                        + max + "]");
        }
    }

    /** A factor with listed values. */
    public static Factor of(String key, List<String> values) {
        if (values.isEmpty()) throw new IllegalArgumentException(key + ": a list of values must not be empty");
        return new Factor(key, values, Double.NaN, Double.NaN, false);
    }

    /** A factor sampled from {@code [min, max]}. */
    public static Factor range(String key, double min, double max, boolean integer) {
        return new Factor(key, List.of(), min, max, integer);
    }

    /** Whether this factor is a range (rather than listed values). */
    public boolean isRange() {
        return values.isEmpty();
    }

    /**
     * The whole number that a point {@code u} of the unit interval stands for among the {@code n} whole numbers
     * {@code ceil(min), ..., floor(max)} of {@code [min, max]}: {@code ceil(min) + floor(u n)}, the top
     * ({@code u = 1}, Morris's last level) being {@code floor(max)}. Each whole number takes a share {@code 1/n} of
     * the interval, so a uniform {@code u} gives each the same probability (rounding {@code min + u (max - min)}
     * would give the two ends half as much). The one rule of sampled sweep designs and of calibration priors.
     *
     * @throws IllegalArgumentException if {@code [min, max]} holds no whole number or {@code u} is outside [0, 1]
     */
    public static long wholeNumber(double min, double max, double u) {
        long lowest = (long) Math.ceil(min), highest = (long) Math.floor(max);
        if (lowest > highest)
            throw new IllegalArgumentException("no whole number in [" + min + ", " + max + "]");
        if (!(u >= 0 && u <= 1)) throw new IllegalArgumentException("u must be in [0, 1], got " + u);
        long n = highest - lowest + 1;
        return lowest + Math.min(n - 1, (long) Math.floor(u * n));
    }
}
