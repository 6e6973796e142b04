package org.ministerial.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A condition on the row of an organisation's home country, as {@code home_when} and {@code stance_by_home} write it:
 * all its clauses must hold; a country that was not read meets none.
 *
 * @param clauses the tests, one per column and test
 */
record HomeCondition(List<Clause> clauses) {
    HomeCondition {
        clauses = List.copyOf(clauses);
    }

    boolean test(CountryRow row) {
        if (row == null) return false;
        for (Clause c : clauses) if (!c.test(row)) return false;
        return true;
    }

    /** How a clause compares a column with its value; the numeric tests are written by their key. */
    enum Comparison {
        /** {@code {column: value}}: the text equals the value; for {@code groups}, the country belongs to it */
        EQUALS,
        ABOVE,
        BELOW,
        AT_LEAST,
        AT_MOST;

        /** The key of a numeric test ({@code at_least}). */
        String key() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The numeric test with this key, or null. */
        static Comparison numeric(String key) {
            for (Comparison c : values()) if (c != EQUALS && c.key().equals(key)) return c;
            return null;
        }
    }

    /** One test on a column of the home country's row. */
    record Clause(String column, Comparison op, String text, double number) {
        boolean test(CountryRow row) {
            String v = HomeCountries.value(row, column);
            if (op == Comparison.EQUALS)
                return column.equals("groups") ? row.groups.contains(text) : text.equals(v == null ? "" : v);
            Double x = Fields.parseNumber(v);
            if (x == null) return false;
            return switch (op) {
                case ABOVE -> x > number;
                case BELOW -> x < number;
                case AT_LEAST -> x >= number;
                default -> x <= number;
            };
        }
    }

    /**
     * A condition on the home country's row: {@code {column: value}} (groups: contains) or
     * {@code {column: {above: x}}}; null, with the problem reported, when it is not a mapping of known columns.
     */
    static HomeCondition read(Tree node, String what, HomeCountries homes, Fields f) {
        Tree.Mapping m = f.mapping(node, what);
        if (m == null) return null;
        if (m.entries().isEmpty()) {
            f.problems().add(m.location(), what + " needs at least one column");
            return null;
        }
        Set<String> columns = homes.columns();
        List<Clause> clauses = new ArrayList<>();
        for (Map.Entry<String, Tree> e : m.entries().entrySet()) {
            String column = e.getKey();
            if (!columns.contains(column)) {
                f.problems().add(m.keyLocation(column), what + ": unknown column '" + column + "'");
                continue;
            }
            if (e.getValue() instanceof Tree.Scalar s) {
                if (column.equals("region") && !homes.regions().contains(s.value()))
                    f.problems().add(s.location(), what + ": unknown region '" + s.value() + "' (regions of the "
                            + "countries table: " + String.join(", ", homes.regions()) + ")");
                clauses.add(new Clause(column, Comparison.EQUALS, s.value(), Double.NaN));
                continue;
            }
            Tree.Mapping test = f.mapping(e.getValue(), what + " '" + column + "'");
            if (test == null) continue;
            for (String op : test.entries().keySet()) {
                Comparison comparison = Comparison.numeric(op);
                if (comparison == null) {
                    f.problems().add(test.keyLocation(op), what + ": unknown test '" + op
                            + "' (above, below, at_least, at_most)");
                    continue;
                }
                clauses.add(new Clause(column, comparison, null, f.number(test, op, 0, -1e12, 1e12)));
            }
        }
        return new HomeCondition(clauses);
    }
}
