package org.ministerial.plot;

import org.ministerial.batch.AnalysisSchema;
import org.ministerial.batch.ResultsSchema;
import org.ministerial.model.MetricNames;
import org.ministerial.model.Outcome;
import org.ministerial.model.Parameter;

import java.util.Locale;
import java.util.Map;

/**
 * What a figure calls a parameter or a measure on its axes. Files, CSV columns and captions keep the names of the
 * results schema ({@code parameters.chair.agenda_power}, {@code g21_found}); axes show a reader's name ("Chair's agenda
 * power", "G21 emerged"). Parameters take their {@link Parameter#label()}; a swept key that is no model parameter (a
 * path into the scenario) is shown as it is.
 */
public final class Labels {
    private Labels() {
    }

    /** The axis title of a parameter given by its dotted key, with or without the {@code parameters.} prefix. */
    static String parameter(String key) {
        Parameter p = Parameter.byKey(Parameter.bareKey(key));
        return p == null ? key : p.label();
    }

    /**
     * A caption's name of a parameter: its label inside a sentence with the key, so the reader can find it in files
     * and docs ("chair's agenda power (parameters.chair.agenda_power)", "chair's patience (rounds;
     * parameters.chair.patience)").
     */
    static String parameterWithKey(String key) {
        String label = parameter(key);
        if (label.equals(key)) return key;
        label = inSentence(label);
        return label.endsWith(")") ? label.substring(0, label.length() - 1) + "; " + key + ")"
                : label + " (" + key + ")";
    }

    /** As {@link #measure(String, Map)}, reference coalitions shown by their key. */
    static String measure(String name) {
        return measure(name, Map.of());
    }

    /**
     * The axis or row title of a measure: an outcome ("Breakdown") or its share ("Breakdown share"), the end round, a
     * reference coalition's emergence ("G21 emerged") or overlap ("G21 overlap (Jaccard)"), the overlap with the
     * sensitivity analysis' reference coalition, or any other metric with its underscores as spaces.
     *
     * @param references each reference coalition's id as the scenario writes it ({@code G21}), by its key in metric
     *                   names ({@code g21}); a key not in it is shown as it is
     */
    static String measure(String name, Map<String, String> references) {
        for (Outcome o : Outcome.values()) {
            if (name.equals(o.label())) return capitalised(o.label());
            if (name.equals(ResultsSchema.Sweeps.share(o.label()))) return capitalised(o.label()) + " share";
        }
        if (name.equals(ResultsSchema.Runs.END_ROUND)) return "End round";
        if (name.equals(ResultsSchema.Runs.END_DAY)) return "End day";
        if (name.equals(AnalysisSchema.Sensitivity.COALITION_OVERLAP))
            return "Overlap with reference coalition (Jaccard)";
        if (MetricNames.isFound(name)) {
            String key = MetricNames.keyOfFound(name);
            return references.getOrDefault(key, key) + " emerged";
        }
        if (name.endsWith(MetricNames.JACCARD_SUFFIX)) {
            String key = name.substring(0, name.length() - MetricNames.JACCARD_SUFFIX.length());
            return references.getOrDefault(key, key) + " overlap (Jaccard)";
        }
        return capitalised(name.replace('_', ' '));
    }

    /**
     * What an axis shows for each value of a swept column: the value as written, except that a {@code scenarios:}
     * sweep's {@code scenario} column, which holds each scenario file's path as the experiment gives it, is shown by
     * the file's name without its folder and {@code .yaml} ({@code no-ngo-pressure} for
     * {@code ../scenarios/counterfactuals/no-ngo-pressure.yaml}), unless two files would then share a name.
     */
    static java.util.List<String> values(String column, java.util.List<String> values) {
        if (!column.equals(ResultsSchema.Runs.SCENARIO)) return values;
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String v : values) {
            String name = v.replaceFirst("^.*[/\\\\]", "").replaceFirst("\\.ya?ml$", "");
            names.add(name.isEmpty() ? v : name);
        }
        return new java.util.HashSet<>(names).size() == names.size() ? names : values;
    }

    /** A label inside a sentence: its first letter in lower case unless it starts a name ("G21 emerged"). */
    static String inSentence(String label) {
        if (label.length() < 2 || !Character.isUpperCase(label.charAt(0)) || !Character.isLowerCase(label.charAt(1)))
            return label;
        return label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1);
    }

    /** A count with its noun in the singular or the plural: "1 run", "200 runs". */
    /** "the baseline (LABEL)" in a caption, or "the baseline" when the label says no more (a robustness study's). */
    public static String theBaseline(String label) {
        return label.strip().equalsIgnoreCase("baseline") ? "the baseline" : "the baseline (" + label + ")";
    }

    public static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Items in a sentence: "a", "a and b", "a, b and c". */
    static String list(java.util.List<String> items) {
        if (items.size() < 2) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
