package org.ministerial.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One design point: the scenario it runs and the values of the varied parameters, plus the cells that place it in
 * its design's structure (which Sobol sample and matrix, which Morris trajectory and step), all as they appear in
 * {@code design.csv}.
 *
 * @param index     0-based point index
 * @param scenario  index into the experiment's scenarios
 * @param structure design-specific cells, by column, in column order (empty for factorial, list and Latin hypercube)
 * @param values    the varied parameters' values by key, in factor order; a missing key keeps the scenario's value
 */
public record DesignPoint(int index, int scenario, Map<String, String> structure, Map<String, String> values) {
    public DesignPoint {
        structure = Collections.unmodifiableMap(new LinkedHashMap<>(structure));
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
