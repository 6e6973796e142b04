package org.ministerial.scenario;

/**
 * The values a data column of a countries table may hold, as its {@code *} row of {@code sources.csv} declares them
 * in the optional {@code range} column: {@code 0/1} (a flag, written exactly {@code 0} or {@code 1}), an interval
 * {@code A..B} (both ends included), or one bound: {@code >A}, {@code >=A}, {@code <A}, {@code <=A}. A percentage of
 * a whole is {@code 0..100}; a size or a denominator {@code >0}. Empty cells are not judged here: whether a value
 * may be missing is the preference model's business ({@code missing}).
 *
 * @param text the range as written, for messages
 * @param flag whether the column is a 0/1 flag
 * @param low  the lower bound, or -infinity
 * @param lowIncluded whether the lower bound itself is allowed
 * @param high the upper bound, or +infinity
 * @param highIncluded whether the upper bound itself is allowed
 */
record ColumnRange(String text, boolean flag, double low, boolean lowIncluded, double high, boolean highIncluded)
        implements java.io.Serializable {

    /** Parses the written form; throws {@link IllegalArgumentException} with a message for the user. */
    static ColumnRange parse(String text) {
        String t = text.trim().replace(" ", "");
        if (t.equals("0/1")) return new ColumnRange(t, true, 0, true, 1, true);
        int dots = t.indexOf("..");
        if (dots > 0) {
            Double a = Fields.parseNumber(t.substring(0, dots)), b = Fields.parseNumber(t.substring(dots + 2));
            if (a != null && b != null && a <= b) return new ColumnRange(t, false, a, true, b, true);
        } else {
            for (String op : new String[]{">=", "<=", ">", "<"}) {
                if (!t.startsWith(op)) continue;
                Double a = Fields.parseNumber(t.substring(op.length()));
                if (a == null) break;
                double inf = Double.POSITIVE_INFINITY;
                return op.charAt(0) == '>' ? new ColumnRange(t, false, a, op.length() == 2, inf, false)
                        : new ColumnRange(t, false, -inf, false, a, op.length() == 2);
            }
        }
        throw new IllegalArgumentException("range '" + text + "' is not one of 0/1, A..B (A <= B), >A, >=A, <A, <=A");
    }

    /** What is wrong with a cell of the column, or null when it is empty or within the range. */
    String check(String column, String cell) {
        String v = cell.trim();
        if (v.isEmpty()) return null;
        if (flag) {
            // only the written spellings: a condition such as exclude_when compares the text, so '1.0' or 'yes'
            // would not match '1' there and would silently change who is in the room
            return v.equals("0") || v.equals("1") ? null
                    : "column '" + column + "' must be 0 or 1, not '" + v + "'";
        }
        Double x = Fields.parseNumber(v);
        if (x == null) return "column '" + column + "' needs a number (" + describe() + "), not '" + v + "'";
        boolean above = lowIncluded ? x >= low : x > low, below = highIncluded ? x <= high : x < high;
        return above && below ? null : "column '" + column + "' must be " + describe() + ", not '" + v + "'";
    }

    /** The range in words, as the messages give it. */
    String describe() {
        if (flag) return "0 or 1";
        boolean noLow = low == Double.NEGATIVE_INFINITY, noHigh = high == Double.POSITIVE_INFINITY;
        if (noHigh && low == 0) return lowIncluded ? "non-negative" : "positive";
        if (noHigh) return (lowIncluded ? "at least " : "above ") + Fields.fmt(low);
        if (noLow) return (highIncluded ? "at most " : "below ") + Fields.fmt(high);
        return "in [" + Fields.fmt(low) + ", " + Fields.fmt(high) + "]";
    }
}
