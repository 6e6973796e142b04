package org.ministerial.model;

import java.util.List;
import java.util.Map;

/**
 * One run's values of the model's parameters ({@link Parameter}), validated and immutable. The model reads them in
 * its round step as {@code p.get(COUNTRY_CONCESSION_RATE)}: an array index by the constant's ordinal, no lookup or
 * boxing.
 */
public final class Parameters implements java.io.Serializable {
    private static final long serialVersionUID = 2L;

    /** Every parameter, in declaration order (the order of the GUI's Model tab and of docs/ODD.md's table). */
    public static final List<Parameter> DEFINITIONS = List.of(Parameter.values());

    /** Per {@link Parameter#ordinal()}, its value. */
    private final double[] values;

    private Parameters(double[] values) {
        this.values = values;
    }

    /** The defaults of every parameter. */
    public static Parameters defaults() {
        return of(Map.of());
    }

    /**
     * Parameters from explicit values, the rest at their defaults.
     *
     * @throws IllegalArgumentException if a key is unknown or a value is outside its range
     */
    public static Parameters of(Map<String, Double> explicit) {
        double[] v = new double[DEFINITIONS.size()];
        for (Parameter d : DEFINITIONS) v[d.ordinal()] = d.defaultValue();
        for (Map.Entry<String, Double> e : explicit.entrySet()) {
            Parameter d = known(e.getKey());
            v[d.ordinal()] = admitted(d, e.getValue());
        }
        return new Parameters(v);
    }

    /** A real-valued parameter (a count or flag reads as its stored number). */
    public double get(Parameter d) {
        return values[d.ordinal()];
    }

    /** A count, such as the rounds of the chair's patience: the stored value rounded to the nearest whole number. */
    public int count(Parameter d) {
        assert d.kind() == Parameter.Kind.COUNT : d.key() + " is not a count";
        return (int) Math.round(values[d.ordinal()]);
    }

    /** Whether a switch is on. */
    public boolean on(Parameter d) {
        assert d.flag() : d.key() + " is not a flag";
        return values[d.ordinal()] != 0;
    }

    /**
     * The value of the parameter with this dotted key.
     *
     * @throws IllegalArgumentException if no parameter has this key
     */
    public double get(String key) {
        return values[known(key).ordinal()];
    }

    /**
     * A copy with one parameter changed (used by the GUI's Model tab and posterior draws).
     *
     * @throws IllegalArgumentException if the key is unknown or the value outside its range
     */
    public Parameters with(String key, double value) {
        Parameter d = known(key);
        double[] v = values.clone();
        v[d.ordinal()] = admitted(d, value);
        return new Parameters(v);
    }

    private static Parameter known(String key) {
        Parameter d = Parameter.byKey(key);
        if (d == null) throw new IllegalArgumentException("unknown parameter '" + key + "'");
        return d;
    }

    private static double admitted(Parameter d, double value) {
        if (!d.admits(value))
            throw new IllegalArgumentException("parameter '" + d.key() + "' = " + value
                    + (d.flag() ? " is not a flag (true/false)" : " outside [" + d.min() + ", " + d.max() + "]"));
        return value;
    }
}
