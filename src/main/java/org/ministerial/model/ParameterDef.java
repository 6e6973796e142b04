package org.ministerial.model;

/**
 * The definition of one model parameter: its dotted key below {@code parameters:} in a scenario file, its default,
 * its admissible range and what it means. The list in {@link Parameters#DEFINITIONS} is the single source for
 * validation, {@code --set}, the GUI's sliders and the parameter table in docs/ODD.md.
 *
 * @param key         dotted key, e.g. {@code chair.agenda_power}
 * @param defaultValue value used when a scenario does not set it
 * @param min         smallest admissible value
 * @param max         largest admissible value
 * @param flag        true for an on/off switch (stored as 0 or 1; files may say true or false)
 * @param description one sentence for tooltips and docs
 */
public record ParameterDef(String key, double defaultValue, double min, double max, boolean flag,
                           String description) {
    public ParameterDef {
        if (!(min <= defaultValue && defaultValue <= max))
            throw new IllegalArgumentException(key + ": default outside its range");
    }

    public boolean admits(double value) {
        if (flag) return value == 0 || value == 1;
        return value >= min && value <= max;
    }
}
