package org.ministerial.plot;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The completed runs of a sweep grouped by the values of one or two parameter columns, with their values in a
 * natural order: numerically when every value is a number, otherwise as text.
 */
final class SweepCells {
    private SweepCells() {
    }

    /** Whether every value is a finite number. */
    static boolean numeric(List<String> values) {
        for (String v : values) {
            try {
                if (!Double.isFinite(Double.parseDouble(v))) return false;
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }

    /** The distinct values of {@code column} among the rows, in natural order. */
    static List<String> values(Table runs, List<Table.Row> rows, String column) {
        TreeSet<String> distinct = new TreeSet<>();
        for (Table.Row r : rows) distinct.add(runs.text(r, column));
        List<String> out = new ArrayList<>(distinct);
        if (numeric(out)) out.sort(Comparator.comparingDouble(Double::parseDouble));
        return out;
    }

    /** The rows for each combination of the columns' values, keyed by the values joined with a tab. */
    static Map<String, List<Table.Row>> group(Table runs, List<Table.Row> rows, String... columns) {
        Map<String, List<Table.Row>> out = new LinkedHashMap<>();
        for (Table.Row r : rows) {
            StringBuilder key = new StringBuilder();
            for (String c : columns) key.append(key.length() == 0 ? "" : "\t").append(runs.text(r, c));
            out.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }
}
