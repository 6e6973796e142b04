package org.ministerial.scenario;

import org.ministerial.model.Parameter;
import org.ministerial.model.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code parameters:} model parameters by dotted key ({@code chair.agenda_power: 0.4}); switches say true or false,
 * numbers must lie in their range.
 */
final class ParametersSection {
    private ParametersSection() {
    }

    static Parameters read(Tree.Mapping root, Fields f) {
        Problems problems = f.problems();
        Tree.Mapping m = f.mapping(root.get("parameters"), "'parameters'");
        Map<String, Double> values = new LinkedHashMap<>();
        if (m != null)
            for (Map.Entry<String, Tree> e : m.entries().entrySet()) {
                Parameter d = Parameter.byKey(e.getKey());
                Tree.Location at = e.getValue().location();
                if (d == null) {
                    problems.add(m.keyLocation(e.getKey()), "unknown parameter '" + e.getKey() + "'"
                            + didYouMean(e.getKey(), ""));
                    continue;
                }
                if (d.flag()) {
                    Boolean b = e.getValue() instanceof Tree.Scalar s ? Fields.parseFlag(s.value()) : null;
                    if (b == null) problems.add(at, "parameter '" + e.getKey() + "' must be true or false");
                    else values.put(e.getKey(), b ? 1.0 : 0.0);
                } else {
                    values.put(e.getKey(), f.number(e.getValue(), "parameter '" + e.getKey() + "'", d.defaultValue(),
                            d.min(), d.max()));
                }
            }
        return Parameters.of(values);
    }

    /**
     * {@code " (did you mean 'PREFIXkey'?)"} naming the model parameter closest to the unknown {@code key}, or "" if
     * none is close: the same hint for a file's {@code parameters:} and for {@code --set parameters.KEY}.
     */
    static String didYouMean(String key, String prefix) {
        String near = Spelling.closest(key, Parameters.DEFINITIONS.stream().map(Parameter::key).toList());
        return near == null ? "" : " (did you mean '" + prefix + near + "'?)";
    }
}
