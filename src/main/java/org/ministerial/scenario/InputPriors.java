package org.ministerial.scenario;

/**
 * What a scenario declares it does not know about the inputs of its preference model, in
 * {@code countries.preference_model.uncertainty}: whether each run draws the data cells within the ranges of the
 * table's {@code sources.csv}, and the prior ranges of the model's coefficients (intercepts, and the weights of the
 * indicators), in the grammar of {@link Uncertainty}. {@code uncertainty: none} (also the default when the section
 * is absent) takes every input as written.
 *
 * <pre>
 * uncertainty: {data: sources, intercepts: abs:0.05, coefficients: rel:0.3}
 * </pre>
 *
 * @param data         whether data cells are drawn within their sources' ranges
 * @param intercepts   the prior range of each intercept around its written value
 * @param coefficients the prior range of each indicator weight around its written value (a weight of 0, which the
 *                     file does not write, stays 0)
 */
record InputPriors(boolean data, Uncertainty intercepts, Uncertainty coefficients) implements java.io.Serializable {
    static final Uncertainty FIXED = new Uncertainty(Uncertainty.Kind.EXACT, 0);
    static final InputPriors NONE = new InputPriors(false, FIXED, FIXED);

    boolean varies() {
        return data || intercepts.varies() || coefficients.varies();
    }

    static InputPriors read(Tree node, Fields f) {
        if (node == null) return NONE;
        if (node instanceof Tree.Scalar s) {
            if (s.value().equals("none")) return NONE;
            f.problems().add(s.location(), "'uncertainty' is none or a mapping of data, intercepts and coefficients,"
                    + " not '" + s.value() + "'" + (Spelling.closest(s.value(), java.util.Set.of("none")) == null ? ""
                    : " (did you mean 'none'?)"));
            return NONE;
        }
        Tree.Mapping m = f.mapping(node, "'uncertainty' (none, or a mapping of data, intercepts, coefficients)");
        if (m == null) return NONE;
        for (String key : m.entries().keySet())
            if (!key.equals("data") && !key.equals("intercepts") && !key.equals("coefficients"))
                f.problems().add(m.keyLocation(key), "unknown key '" + key + "' in 'uncertainty' (data, intercepts,"
                        + " coefficients)");
        String data = f.string(m, "data", "none");
        if (!data.equals("sources") && !data.equals("none"))
            f.problems().add(m.get("data").location(), "'data' is 'sources' (draw each cell within its sources.csv"
                    + " range) or 'none', not '" + data + "'");
        return new InputPriors(data.equals("sources"), range(m, "intercepts", f), range(m, "coefficients", f));
    }

    private static Uncertainty range(Tree.Mapping m, String key, Fields f) {
        String text = f.string(m, key, null);
        if (text == null) return FIXED;
        try {
            Uncertainty u = Uncertainty.parse(text);
            if (u.kind() == Uncertainty.Kind.FLIP) throw new IllegalArgumentException("a coefficient cannot flip");
            return u;
        } catch (IllegalArgumentException e) {
            f.problems().add(m.get(key).location(), "'" + key + "': " + e.getMessage());
            return FIXED;
        }
    }
}
