package org.ministerial.experiment;

import org.ministerial.scenario.Tree;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one entry of an experiment's {@code parameters:}: a list of values ({@code [a, b]} or
 * {@code {values: [a, b]}}), stepped values ({@code {from: 0.2, to: 0.8, step: 0.3}}, exact decimal steps, both ends
 * included) or a range for sampling ({@code {min: 0.2, max: 0.8}}, with {@code integer: true} for samples uniform over
 * the whole numbers of the range, {@link Factor#wholeNumber}).
 */
public final class FactorReader {
    /** Most values one factor may have, against typos such as a step of 0.0001. */
    static final int MAX_VALUES = 10_000;
    private static final Set<String> KEYS = new LinkedHashSet<>(List.of("values", "from", "to", "step", "min", "max",
            "integer"));

    private final ExperimentFields yaml;

    public FactorReader(ExperimentFields yaml) {
        this.yaml = yaml;
    }

    /** The factor, or null after reporting a problem. */
    public Factor factor(String key, Tree node) {
        if (node instanceof Tree.Sequence s) return listed(key, s);
        Tree.Mapping m = yaml.mapping(node, key);
        if (m == null) return null;
        Map<String, Tree> e = yaml.entries(m, KEYS, key);
        if (e.containsKey("values")) {
            if (e.size() > 1) yaml.problem(node, key + ": values: stands alone (no from/to/step/min/max)");
            return listed(key, e.get("values"));
        }
        if (e.containsKey("from") || e.containsKey("to") || e.containsKey("step")) return stepped(key, e, node);
        if (e.containsKey("min") && e.containsKey("max")) {
            double min = yaml.number(e.get("min"), key + ": min");
            double max = yaml.number(e.get("max"), key + ": max");
            boolean integer = e.containsKey("integer") && "true".equals(yaml.text(e.get("integer"), "integer"));
            if (Double.isNaN(min) || Double.isNaN(max)) return null;
            if (min > max) {
                yaml.problem(node, key + ": min " + min + " is above max " + max);
                return null;
            }
            if (integer && Math.ceil(min) > Math.floor(max)) {
                yaml.problem(node, key + ": integer: true, but no whole number lies between min " + min + " and max "
                        + max);
                return null;
            }
            return Factor.range(key, min, max, integer);
        }
        yaml.problem(node, key + ": give values: [...], from:/to:/step:, or min:/max:");
        return null;
    }

    private Factor listed(String key, Tree node) {
        List<String> values = new ArrayList<>();
        for (Tree n : yaml.items(node, key + ": values")) {
            String v = yaml.text(n, key + ": a value");
            if (v == null) continue;
            if (values.contains(v)) yaml.problem(n, key + ": value " + v + " is listed twice");
            values.add(v);
        }
        if (values.isEmpty()) {
            yaml.problem(node, key + ": no values");
            return null;
        }
        return Factor.of(key, values);
    }

    private Factor stepped(String key, Map<String, Tree> e, Tree node) {
        for (String k : List.of("from", "to", "step"))
            if (!e.containsKey(k)) {
                yaml.problem(node, key + ": stepped values need from:, to: and step:");
                return null;
            }
        BigDecimal from = decimal(e.get("from"), key + ": from");
        BigDecimal to = decimal(e.get("to"), key + ": to");
        BigDecimal step = decimal(e.get("step"), key + ": step");
        if (from == null || to == null || step == null) return null;
        if (step.signum() <= 0 || to.compareTo(from) < 0) {
            yaml.problem(node, key + ": need step > 0 and to >= from");
            return null;
        }
        BigDecimal span = to.subtract(from);
        BigDecimal[] steps = span.divideAndRemainder(step);
        if (steps[0].compareTo(BigDecimal.valueOf(MAX_VALUES)) >= 0) {
            yaml.problem(node, key + ": more than " + MAX_VALUES + " values; check step");
            return null;
        }
        List<String> values = new ArrayList<>();
        for (BigDecimal v = from; v.compareTo(to) <= 0; v = v.add(step)) values.add(plain(v));
        // decimal arithmetic is exact (0.1 + 0.1 + 0.1 is 0.3), so a step either lands on to: or misses it
        if (steps[1].signum() != 0) {
            BigDecimal last = from.add(step.multiply(steps[0]));
            yaml.problem(node, key + ": step " + plain(step) + " from " + plain(from) + " does not reach to: "
                    + plain(to) + " (it gives " + shown(values) + "); give to: " + plain(last) + " or "
                    + plain(last.add(step)) + dividing(span, step, steps[0].intValue()) + ", or list the values");
            return null;
        }
        return Factor.of(key, values);
    }

    /** The values, or the first and last few of many. */
    private static String shown(List<String> values) {
        if (values.size() <= 8) return String.join(", ", values);
        return String.join(", ", values.subList(0, 3)) + ", ..., "
                + String.join(", ", values.subList(values.size() - 2, values.size()));
    }

    /**
     * {@code ", or step: d"} for the step nearest {@code step} that cuts {@code span} into whole steps ({@code whole}
     * or one more), if one is an exact decimal; else nothing.
     */
    private static String dividing(BigDecimal span, BigDecimal step, int whole) {
        BigDecimal best = null;
        for (int n : new int[]{whole, whole + 1}) {
            if (n < 1) continue;
            try {
                BigDecimal d = span.divide(BigDecimal.valueOf(n));
                if (best == null || d.subtract(step).abs().compareTo(best.subtract(step).abs()) < 0) best = d;
            } catch (ArithmeticException e) {
                // span / n has no finite decimal expansion (0.7 / 3)
            }
        }
        return best == null ? "" : ", or step: " + plain(best);
    }

    private BigDecimal decimal(Tree n, String what) {
        String t = yaml.text(n, what);
        if (t == null) return null;
        try {
            return new BigDecimal(t.strip());
        } catch (NumberFormatException ex) {
            yaml.problem(n, what + " must be a number, got '" + t + "'");
            return null;
        }
    }

    private static String plain(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.signum() == 0 ? "0" : s.toPlainString();
    }
}
