package org.ministerial.scenario;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code home_weight: {column: exponent, ...}}: how a region's organisations are spread over its countries, in
 * proportion to each country's product of those columns raised to their exponents.
 */
final class HomeWeights {
    /** column -> exponent */
    private final Map<String, Double> rule;
    private final Fields f;
    /** Each country's weight, found (and any problem reported) once. */
    private final Map<String, Double> weightCache = new HashMap<>();

    private HomeWeights(Map<String, Double> rule, Fields f) {
        this.rule = rule;
        this.f = f;
    }

    /** {@code home_weight} of the {@code ngos} mapping; null when absent. */
    static HomeWeights read(Tree.Mapping m, HomeCountries homes, Fields f) {
        Tree.Mapping w = f.mapping(m.get("home_weight"), "'home_weight'");
        if (w == null) return null;
        Map<String, Double> rule = new LinkedHashMap<>();
        Set<String> columns = homes.columns();
        for (String column : w.entries().keySet()) {
            if (!columns.contains(column)) {
                f.problems().add(w.keyLocation(column), "home_weight: unknown column '" + column + "'");
                continue;
            }
            rule.put(column, f.number(w, column, 1, 0, 10));
        }
        if (rule.isEmpty()) f.problems().add(w.location(), "home_weight needs at least one column");
        return new HomeWeights(rule, f);
    }

    /** Home weight of a country: the product of its columns raised to their exponents. */
    double of(CountryRow row, InputTable.Row at) {
        return weightCache.computeIfAbsent(row.code, code -> {
            double w = 1;
            for (Map.Entry<String, Double> e : rule.entrySet()) {
                Double v = Fields.parseNumber(HomeCountries.value(row, e.getKey()));
                if (v == null || v < 0) {
                    // a bad cell the countries table reported on its own line is not reported again as the
                    // organisations' problem
                    if (!f.problems().reportedAt(row.location)) f.problems().add(at.location(), "home_weight: " + code + " has no usable " + e.getKey() + " ('"
                            + HomeCountries.value(row, e.getKey()) + "')");
                    return 0.0;
                }
                w *= Math.pow(v, e.getValue());
            }
            return w;
        });
    }
}
