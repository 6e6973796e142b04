package org.ministerial.scenario;

import org.ministerial.files.Problem;
import org.ministerial.model.DevelopmentStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Typed access to tree nodes that records a located problem instead of throwing, so reading continues and every
 * mistake in a file is reported at once. Scenario files and experiment files are read through it.
 */
public final class Fields {
    private final Problems problems;

    Fields(Problems problems) {
        this.problems = problems;
    }

    /** Typed access for a file that gathers its own problems (an experiment file); see {@link #found()}. */
    public Fields() {
        this(new Problems());
    }

    /** Every problem recorded so far, each once, by line. */
    public List<Problem> found() {
        return problems.sorted();
    }

    /** Records a problem located at a node. */
    public void problem(Tree at, String message) {
        problems.add(at.location(), message);
    }

    /** A single value's text, or null (recording a problem) when the node is a list or a mapping. */
    public String text(Tree node, String what) {
        if (node instanceof Tree.Scalar s) return s.value();
        problems.add(node.location(), what + " must be a single value");
        return null;
    }

    Problems problems() {
        return problems;
    }

    public Tree.Mapping mapping(Tree node, String what) {
        if (node instanceof Tree.Mapping m) return m;
        if (node != null) problems.add(node.location(), what + " must be a mapping of keys to values");
        return null;
    }

    public List<Tree> sequence(Tree node, String what) {
        if (node instanceof Tree.Sequence s) return s.items();
        if (node != null) problems.add(node.location(), what + " must be a list");
        return List.of();
    }

    String string(Tree.Mapping m, String key, String fallback) {
        Tree t = m == null ? null : m.get(key);
        if (t == null) return fallback;
        if (t instanceof Tree.Scalar s) return s.value();
        problems.add(t.location(), "'" + key + "' must be a single value");
        return fallback;
    }

    /** A {@code status:} value: one of {@link DevelopmentStatus#LABELS}, or the fallback when absent. */
    String status(Tree.Mapping m, String fallback) {
        String v = string(m, "status", fallback);
        if (v == null || v.isEmpty() || DevelopmentStatus.LABELS.contains(v)) return v;
        problems.add(m.get("status").location(), unknownStatus(v));
        return fallback;
    }

    /**
     * Reports the second declaration of {@code what} {@code id}, which would replace the first silently, with where
     * the first is.
     */
    void declaredTwice(Tree.Location at, String what, String id, Tree.Location first) {
        problems().add(at, what + " '" + id + "' is declared twice (first at " + first.file() + ":" + first.line() + ")");
    }

    /** What is wrong with a status value that is none of {@link DevelopmentStatus#LABELS}. */
    static String unknownStatus(String value) {
        return "unknown status '" + value + "'" + Spelling.didYouMean(value, DevelopmentStatus.LABELS)
                + "; allowed: " + String.join(", ", DevelopmentStatus.LABELS);
    }

    String required(Tree.Mapping m, String key, String where) {
        String v = string(m, key, null);
        if (v == null || v.isBlank()) {
            problems.add(m.location(), where + " needs '" + key + "'");
            return null;
        }
        return v;
    }

    /** A number in [min, max], or the fallback (recording a problem) when absent, malformed or out of range. */
    double number(Tree.Mapping m, String key, double fallback, double min, double max) {
        Tree t = m == null ? null : m.get(key);
        if (t == null) return fallback;
        return number(t, "'" + key + "'", fallback, min, max);
    }

    public double number(Tree t, String what, double fallback, double min, double max) {
        return number(t, what, fallback, min, true, max);
    }

    /**
     * A number above 0 and at most {@code max} (a threshold, a weight, resources: 0 would mean nothing), or the
     * fallback (recording a problem, which names the range as {@code (0, max]}) when absent, malformed or out of
     * range.
     */
    double positive(Tree.Mapping m, String key, double fallback, double max) {
        Tree t = m == null ? null : m.get(key);
        if (t == null) return fallback;
        return number(t, "'" + key + "'", fallback, 0, false, max);
    }

    private double number(Tree t, String what, double fallback, double min, boolean minIncluded, double max) {
        if (!(t instanceof Tree.Scalar s)) {
            problems.add(t.location(), what + " must be a number");
            return fallback;
        }
        Double v = parseNumber(s.value());
        if (v == null) {
            problems.add(t.location(), what + " must be a number, not '" + s.value() + "'");
            return fallback;
        }
        if ((minIncluded ? v < min : v <= min) || v > max) {
            problems.add(t.location(), what + " = " + s.value() + " is outside " + (minIncluded ? "[" : "(")
                    + fmt(min) + ", " + fmt(max) + "]");
            return fallback;
        }
        return v;
    }

    int integer(Tree.Mapping m, String key, int fallback, int min, int max) {
        double v = number(m, key, fallback, min, max);
        if (v != Math.rint(v)) {
            problems.add(m.get(key).location(), "'" + key + "' must be a whole number");
            return fallback;
        }
        return (int) v;
    }

    boolean flag(Tree.Mapping m, String key, boolean fallback) {
        String v = string(m, key, null);
        if (v == null) return fallback;
        Boolean b = parseFlag(v);
        if (b == null) {
            problems.add(m.get(key).location(), "'" + key + "' must be true or false");
            return fallback;
        }
        return b;
    }

    List<String> strings(Tree node, String what) {
        List<String> out = new ArrayList<>();
        if (node == null) return out;
        if (node instanceof Tree.Scalar s) {
            out.add(s.value());
            return out;
        }
        for (Tree t : sequence(node, what)) {
            if (t instanceof Tree.Scalar s) out.add(s.value());
            else problems.add(t.location(), what + " must list single values");
        }
        return out;
    }

    /**
     * Reports every key of {@code m} that is not one of {@code known}, naming where it is, the key it most likely
     * meant (one within two edits, Levenshtein 1966) and the keys allowed there: a misspelt key must not pass silently
     * and leave its default in force.
     */
    public void onlyKeys(Tree.Mapping m, String where, java.util.Collection<String> known) {
        onlyKeys(m, where, known, null);
    }

    /**
     * As {@link #onlyKeys(Tree.Mapping, String, java.util.Collection)}, for a section that shares its name with a
     * group of model parameters ({@code chair}): a key that is one of them is pointed to where it belongs.
     */
    public void onlyKeys(Tree.Mapping m, String where, java.util.Collection<String> known, String parameterGroup) {
        if (m == null) return;
        for (String key : m.entries().keySet()) {
            if (known.contains(key)) continue;
            String parameter = parameterGroup + "." + key;
            if (parameterGroup != null && org.ministerial.model.Parameter.byKey(parameter) != null) {
                problems.add(m.keyLocation(key), "'" + key + "' is a model parameter, not a key of " + where
                        + ": set it under parameters (--set " + org.ministerial.model.Parameter.SET_PREFIX + parameter
                        + "=...)");
                continue;
            }
            problems.add(m.keyLocation(key), "unknown key '" + key + "' in " + where + Spelling.didYouMean(key, known)
                    + "; allowed: " + String.join(", ", new java.util.TreeSet<>(known)));
        }
    }

    static Double parseNumber(String text) {
        if (text == null) return null;
        String t = text.trim();
        // most cells that are not numbers are words ("LDC", "developed"): told apart without an exception, since a
        // run that draws its inputs re-reads the table's indicators for every draw
        if (t.isEmpty() || !startsLikeANumber(t.charAt(0))) return null;
        try {
            double v = Double.parseDouble(t);
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean startsLikeANumber(char c) {
        return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.';
    }

    static Boolean parseFlag(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on", "1" -> true;
            case "false", "no", "off", "0" -> false;
            default -> null;
        };
    }

    static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
