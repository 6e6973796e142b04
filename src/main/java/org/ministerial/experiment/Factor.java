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
 * @param integer whether sampled values are rounded to whole numbers (e.g. {@code chair.patience})
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
}
