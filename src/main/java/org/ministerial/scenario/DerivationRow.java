package org.ministerial.scenario;

import ec.util.MersenneTwisterFast;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cells of one countries-table row as the derivation of preferences reads them: the text of every cell, and
 * the number of every cell that holds one. A run that draws its inputs reads a copy whose numbers are drawn within
 * their documented uncertainty ({@link #drawn}); the text is never drawn.
 */
final class DerivationRow implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final String code;
    private final Map<String, String> text;
    private final Map<String, Double> numbers;
    final Tree.Location location;

    private DerivationRow(String code, Map<String, String> text, Map<String, Double> numbers, Tree.Location location) {
        this.code = code;
        this.text = text;
        this.numbers = numbers;
        this.location = location;
    }

    static DerivationRow of(InputTable.Row row) {
        Map<String, Double> numbers = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : row.values().entrySet()) {
            Double v = e.getValue().isEmpty() ? null : Fields.parseNumber(e.getValue());
            if (v != null) numbers.put(e.getKey(), v);
        }
        return new DerivationRow(row.get("code"), row.values(), numbers, row.location());
    }

    /** The cell as written (empty when blank). */
    String text(String column) {
        return text.getOrDefault(column, "");
    }

    /** The cell's number (drawn, in a drawn copy), or null when the cell holds none. */
    Double number(String column) {
        return numbers.get(column);
    }

    /** A copy with every number whose source declares a range drawn within it, columns in table order. */
    DerivationRow drawn(DataSources sources, MersenneTwisterFast random) {
        Map<String, Double> drawn = new LinkedHashMap<>(numbers);
        for (Map.Entry<String, Double> e : drawn.entrySet()) {
            DataSources.Source s = sources.of(e.getKey(), code);
            if (s != null) e.setValue(s.uncertainty().draw(e.getValue(), random));
        }
        return new DerivationRow(code, text, drawn, location);
    }
}
