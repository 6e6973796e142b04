package org.ministerial.scenario;

import org.ministerial.model.Issue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Derives ideal positions and saliences from structural data: a documented linear model per issue over named
 * indicators, each indicator a column of the countries table mapped to [0,1].
 *
 * <pre>
 * position_k = clamp01(a_k + sum_f b_kf * indicator_f)
 * salience_k = max(0, c_k + sum_f d_kf * indicator_f), then normalised over issues
 * indicator  = equals ? (column == equals ? 1 : 0)
 *            : contains ? (column's ;-list holds it ? 1 : 0)
 *            : clamp01(transform(column [/ per]) / scale)
 * </pre>
 * with {@code transform} the identity or {@code log10(1 + v)}, and {@code per} an optional denominator column (GDP
 * per head is {@code gdp_usd_bn} per {@code population_m}). Coefficients live in the scenario file, so the model
 * is data: docs/data.md records what each coefficient stands for.
 */
final class PreferenceModel implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private record Indicator(String column, double scale, boolean log, String equals, String contains, String per,
                             Double missing) implements java.io.Serializable {
    }

    private final Map<String, Indicator> indicators = new LinkedHashMap<>();
    private final double[][] positionCoef, salienceCoef;
    private double[] responsivenessCoef;
    private final String[] names;

    private PreferenceModel(String[] names, double[][] pos, double[][] sal) {
        this.names = names;
        this.positionCoef = pos;
        this.salienceCoef = sal;
    }

    /** Why {@code column = value} could hold for no country (a value the column cannot hold), or null. */
    interface ConditionCheck {
        String problem(String column, String value);
    }

    static PreferenceModel read(Tree.Mapping m, List<Issue> issues, InputTable table, ConditionCheck conditions,
                                Fields f) {
        List<String> columns = table.columns();
        String tableLabel = table.label();
        f.onlyKeys(m, "'preference_model'", java.util.Set.of("indicators", "responsiveness", "issues", "uncertainty"));
        Tree.Mapping ind = f.mapping(m.get("indicators"), "'indicators'");
        if (ind == null) {
            f.problems().add(m.location(), "the preference model needs 'indicators'");
            return null;
        }
        String[] names = ind.entries().keySet().toArray(new String[0]);
        PreferenceModel model = new PreferenceModel(names, new double[issues.size()][], new double[issues.size()][]);
        for (String name : names) {
            Tree.Mapping d = f.mapping(ind.get(name), "indicator '" + name + "'");
            if (d == null) continue;
            String column = f.required(d, "column", "indicator '" + name + "'");
            f.onlyKeys(d, "indicator '" + name + "'", java.util.Set.of("column", "scale", "log", "missing", "equals",
                    "contains", "per"));
            if (column != null && !columns.contains(column))
                f.problems().add(d.location(), "indicator '" + name + "': column '" + column + "' is not in "
                        + tableLabel);
            String equals = f.string(d, "equals", null);
            String contains = f.string(d, "contains", null);
            // an indicator whose value no country can have is 0 for every country: a typo, not a model
            String wrong = equals == null || column == null || !columns.contains(column) ? null
                    : conditions.problem(column, equals);
            if (wrong != null)
                f.problems().add(d.get("equals").location(), "indicator '" + name + "': " + wrong
                        + ", so it would be 0 for every country");
            String per = f.string(d, "per", null);
            if (per != null && !columns.contains(per))
                f.problems().add(d.get("per").location(), "indicator '" + name + "': column '" + per + "' is not in "
                        + tableLabel);
            double scale = f.number(d, "scale", 1, 1e-12, 1e12);
            boolean log = f.flag(d, "log", false);
            Double missing = d.get("missing") == null ? null : f.number(d, "missing", 0, -1e12, 1e12);
            model.indicators.put(name, new Indicator(column, scale, log, equals, contains, per, missing));
        }
        Tree.Mapping per = f.mapping(m.get("issues"), "'issues' of the preference model");
        f.onlyKeys(per, "'issues' of the preference model", issues.stream().map(org.ministerial.model.Issue::id).toList());
        for (int k = 0; k < issues.size(); k++) {
            String id = issues.get(k).id();
            Tree.Mapping e = per == null ? null : f.mapping(per.get(id), "issue '" + id + "'");
            f.onlyKeys(e, "issue '" + id + "' of the preference model", java.util.Set.of("position", "salience"));
            if (e == null) {
                f.problems().add(per == null ? m.location() : per.location(),
                        "issue '" + id + "' is missing from the preference model");
                continue;
            }
            model.positionCoef[k] = coefficients(e.get("position"), names, id, "position", f);
            model.salienceCoef[k] = coefficients(e.get("salience"), names, id, "salience", f);
        }
        if (m.get("responsiveness") != null)
            model.responsivenessCoef = coefficients(m.get("responsiveness"), names, "responsiveness", "model", f);
        if (per != null)
            for (String key : per.entries().keySet())
                if (issues.stream().noneMatch(i -> i.id().equals(key)))
                    f.problems().add(per.keyLocation(key), "preference model names unknown issue '" + key + "'");
        return model;
    }

    /** Index 0 is the intercept, then one coefficient per indicator. */
    private static double[] coefficients(Tree node, String[] names, String issue, String what, Fields f) {
        double[] c = new double[names.length + 1];
        Tree.Mapping m = f.mapping(node, issue + "." + what);
        if (m == null) {
            f.problems().add(node == null ? new Tree.Location("?", 0) : node.location(),
                    "issue '" + issue + "' needs '" + what + "' coefficients");
            return c;
        }
        for (Map.Entry<String, Tree> e : m.entries().entrySet()) {
            double v = f.number(e.getValue(), issue + "." + what + "." + e.getKey(), 0, -100, 100);
            if (e.getKey().equals("intercept")) c[0] = v;
            else {
                int at = java.util.Arrays.asList(names).indexOf(e.getKey());
                if (at < 0) f.problems().add(m.keyLocation(e.getKey()), "unknown indicator '" + e.getKey() + "'");
                else c[at + 1] = v;
            }
        }
        return c;
    }

    /**
     * Evaluates the indicators of one table row. At load ({@code f} given) a missing value without a default is
     * recorded as a problem; a drawn row ({@code f} null) was checked when the table was read.
     */
    double[] indicators(DerivationRow row, Fields f) {
        double[] v = new double[names.length];
        for (int i = 0; i < names.length; i++) {
            Indicator d = indicators.get(names[i]);
            if (d == null || d.column() == null) continue;
            String raw = row.text(d.column());
            if (d.equals() != null) {
                // a 0/1 cell is compared as a number, so that a drawn (flipped) value counts
                Double number = row.number(d.column()), wanted = Fields.parseNumber(d.equals());
                v[i] = number != null && wanted != null ? (number.equals(wanted) ? 1 : 0) : raw.equals(d.equals()) ? 1 : 0;
                continue;
            }
            if (d.contains() != null) {
                v[i] = java.util.Arrays.asList(raw.split(";")).contains(d.contains()) ? 1 : 0;
                continue;
            }
            Double x = raw.isEmpty() ? d.missing() : row.number(d.column());
            if (x != null && d.per() != null) {
                Double denominator = row.number(d.per());
                if (denominator != null && denominator > 0) x = x / denominator;
                else if (d.missing() != null) x = d.missing();
                else {
                    // the quotient is undefined because of the denominator's cell: name that cell, not the
                    // numerator's, which holds a good number
                    if (f != null)
                        f.problems().add(row.location, badDenominator(d.per(), row.text(d.per()), "indicator '" + names[i] + "'"));
                    continue;
                }
            }
            if (x == null) {
                if (f != null) f.problems().add(row.location, "column '" + d.column() + "' needs a number for indicator '"
                        + names[i] + "'" + (raw.isEmpty() ? " (empty, and the indicator sets no 'missing')" : ", not '" + raw + "'"));
                continue;
            }
            double t = d.log() ? Math.log10(1 + Math.max(0, x)) : x;
            v[i] = Math.min(1, Math.max(0, t / d.scale()));
        }
        return v;
    }

    /**
     * What is wrong with the cell an indicator divides by. A non-positive number is told as {@link ColumnRange}
     * tells a cell outside a declared {@code >0}, so that the two checks of one cell give one message.
     */
    static String badDenominator(String column, String cell, String divider) {
        if (cell.isEmpty()) return "column '" + column + "' is empty, and " + divider + " divides by it";
        Double v = Fields.parseNumber(cell);
        return v == null ? "column '" + column + "' needs a number for " + divider + ", not '" + cell + "'"
                : "column '" + column + "' must be positive, not '" + cell + "'";
    }

    /**
     * A copy whose coefficients are drawn within their priors: every intercept within {@code priors.intercepts()},
     * every weight the file writes within {@code priors.coefficients()}, issue by issue (position, then salience),
     * then responsiveness.
     */
    PreferenceModel drawn(InputPriors priors, ec.util.MersenneTwisterFast random) {
        PreferenceModel out = new PreferenceModel(names, new double[positionCoef.length][], new double[salienceCoef.length][]);
        out.indicators.putAll(indicators);
        for (int k = 0; k < positionCoef.length; k++) {
            out.positionCoef[k] = drawn(positionCoef[k], priors, random);
            out.salienceCoef[k] = drawn(salienceCoef[k], priors, random);
        }
        out.responsivenessCoef = drawn(responsivenessCoef, priors, random);
        return out;
    }

    private static double[] drawn(double[] c, InputPriors priors, ec.util.MersenneTwisterFast random) {
        if (c == null) return null;
        double[] out = c.clone();
        out[0] = priors.intercepts().drawUnbounded(c[0], random);
        for (int i = 1; i < c.length; i++) if (c[i] != 0) out[i] = signed(c[i], priors.coefficients(), random);
        return out;
    }

    /** A weight drawn around its magnitude, keeping its sign: the prior says how strong a mechanism is, not its direction. */
    private static double signed(double c, Uncertainty prior, ec.util.MersenneTwisterFast random) {
        return Math.signum(c) * prior.draw(Math.abs(c), random);
    }

    double position(int issue, double[] indicator) {
        return Math.min(1, Math.max(0, linear(positionCoef[issue], indicator)));
    }

    /** psi, how strongly a government responds to NGO pressure, or null when the model does not derive it. */
    Double responsiveness(double[] indicator) {
        return responsivenessCoef == null ? null : Math.min(1, Math.max(0, linear(responsivenessCoef, indicator)));
    }

    double rawSalience(int issue, double[] indicator) {
        return Math.max(0, linear(salienceCoef[issue], indicator));
    }

    private static double linear(double[] c, double[] x) {
        if (c == null) return 0;
        double v = c[0];
        for (int i = 0; i < x.length; i++) v += c[i + 1] * x[i];
        return v;
    }
}
