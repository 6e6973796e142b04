package org.ministerial.study;

import org.ministerial.batch.AnalysisSchema.Study;
import org.ministerial.batch.Decimals;
import org.ministerial.batch.ResultsSchema.Runs;
import org.ministerial.batch.Summary;
import org.ministerial.files.CsvWriter;
import org.ministerial.model.MetricNames;
import org.ministerial.model.Outcome;
import org.ministerial.statistics.ClusteredShare;
import org.ministerial.statistics.ProportionDifference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A study's rows as CSV (for figures) and as a Markdown table (for docs): outcome shares with Wilson 95% intervals,
 * the mean end round, and, for each reference coalition, how often it emerged and its mean Jaccard overlap when it did.
 */
public final class StudyTable {
    private final List<StudyRow> rows;
    private final List<String> references = new ArrayList<>();

    public StudyTable(List<StudyRow> rows) {
        this.rows = List.copyOf(rows);
        for (StudyRow r : rows)
            for (String key : r.summary().metricMeans().keySet())
                if (MetricNames.isFound(key)) {
                    String id = MetricNames.keyOfFound(key);
                    if (!references.contains(id)) references.add(id);
                }
    }

    public String csv() throws IOException {
        List<String> header = new ArrayList<>(List.of(Study.FOLDER, Study.LABEL, Study.PARAMETER, Study.VALUE, Study.BASELINE_VALUE,
                Study.RUNS));
        List<String> effects = effectNames();
        for (Outcome o : Outcome.values())
            for (String part : Study.OUTCOME_PARTS) header.add(Study.part(o.label(), part));
        header.add(Study.MEAN_END_ROUND);
        for (String ref : references) {
            header.add(MetricNames.found(ref));
            if (hasJaccard(ref)) header.add(MetricNames.jaccard(ref));
        }
        for (String e : effects)
            for (String part : Study.EFFECT_PARTS) header.add(Study.part(e, part));
        List<List<String>> cells = new ArrayList<>();
        for (StudyRow r : rows) {
            List<String> c = new ArrayList<>(List.of(r.folder(), r.label(), r.parameter(),
                    Double.isNaN(r.value()) ? "" : Decimals.format(r.value()),
                    Double.isNaN(r.baselineValue()) ? "" : Decimals.format(r.baselineValue()),
                    Integer.toString(r.summary().completed())));
            for (Map.Entry<Outcome, Summary.OutcomeShare> e : r.summary().shares().entrySet()) {
                Summary.OutcomeShare s = e.getValue();
                c.addAll(List.of(Integer.toString(s.count()), Decimals.format(s.share()),
                        Decimals.format(s.lower()), Decimals.format(s.upper())));
            }
            c.add(Decimals.format(r.summary().meanEndRound()));
            for (String ref : references) {
                c.add(Decimals.format(metric(r, MetricNames.found(ref))));
                if (hasJaccard(ref)) c.add(Decimals.format(metric(r, MetricNames.jaccard(ref))));
            }
            // the baseline against itself has no effect to estimate: its effect cells stay empty
            boolean baseline = r == rows.get(0);
            for (double[] e : effects(r))
                for (double v : e) c.add(baseline ? "" : Decimals.format(v));
            cells.add(c);
        }
        return CsvWriter.text(header, cells);
    }

    public String markdown() {
        StringBuilder b = new StringBuilder("| | runs |");
        for (Outcome o : Outcome.values()) b.append(' ').append(o.label()).append(" (95% CI) |");
        b.append(" mean end round |");
        for (String ref : references) {
            b.append(' ').append(ref).append(" emerged |");
            if (hasJaccard(ref)) b.append(' ').append(ref).append(" Jaccard |");
        }
        b.append("\n|---|---:|").append("---|".repeat(Outcome.values().length)).append("---:|");
        for (String ref : references) b.append(hasJaccard(ref) ? "---:|---:|" : "---:|");
        b.append('\n');
        for (StudyRow r : rows) {
            b.append("| ").append(r.label()).append(" | ").append(r.summary().completed()).append(" | ");
            for (Outcome o : Outcome.values()) b.append(share(r.summary().share(o))).append(" | ");
            b.append(String.format(Locale.ROOT, "%.1f", r.summary().meanEndRound())).append(" |");
            for (String ref : references) {
                b.append(' ').append(cell("%.1f%%", 100 * metric(r, MetricNames.found(ref)))).append(" |");
                if (hasJaccard(ref)) b.append(' ').append(cell("%.2f", metric(r, MetricNames.jaccard(ref)))).append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    /**
     * Whether any batch measured the reference's overlap: a precedent's reference coalition is carried into the
     * meeting's results by whether it emerged only, and a column of dashes (or of NaN in the CSV, which means "never
     * emerged") would read as a measure that failed.
     */
    private boolean hasJaccard(String ref) {
        for (StudyRow r : rows) if (r.summary().metricMeans().containsKey(MetricNames.jaccard(ref))) return true;
        return false;
    }

    /**
     * Each row's effect against the first (the baseline): the difference in the breakdown and flexible shares and in
     * each reference coalition's emergence, with Newcombe's hybrid score 95% interval
     * ({@link ProportionDifference}), and in the mean end round, with a normal 95% interval from the two standard
     * deviations (Welch). A Markdown table, one row per counterfactual, in percentage points and rounds.
     */
    public String effectsMarkdown() {
        if (rows.size() < 2) return "";
        List<String> names = effectNames();
        StringBuilder b = new StringBuilder("| against " + rows.get(0).label() + " |");
        for (String n : names) {
            String heading = n.replace(MetricNames.FOUND_SUFFIX, " emerged").replace('_', ' ');
            b.append(' ').append(heading).append(" (95% CI) |");
        }
        b.append("\n|---|").append("---|".repeat(names.size())).append('\n');
        for (StudyRow r : rows.subList(1, rows.size())) {
            b.append("| ").append(r.label()).append(" |");
            List<double[]> e = effects(r);
            for (int i = 0; i < names.size(); i++) {
                double[] d = e.get(i);
                if (Double.isNaN(d[0])) {
                    b.append(" - |");
                    continue;
                }
                boolean rounds = names.get(i).equals(Runs.END_ROUND);
                double scale = rounds ? 1 : 100;
                boolean starred = d[1] > 0 || d[2] < 0;
                int digits = digits(scale * d[1], scale * d[2], starred);
                b.append(' ').append(signed(scale * d[0], digits)).append(rounds ? "" : " pts").append(" [")
                        .append(signed(scale * d[1], digits)).append(", ").append(signed(scale * d[2], digits))
                        .append(']').append(starred ? " *" : "").append(" |");
            }
            b.append('\n');
        }
        boolean drawn = rows.stream().anyMatch(r -> r.summary().drawsShared());
        b.append("\nDifferences against the first row; 95% intervals: Newcombe's hybrid score interval for a difference of"
                + " proportions (Statistics in Medicine 17, 1998, method 10), Welch's normal interval for the end round"
                + (drawn ? ", each on the effective runs (runs that share an input draw are alike: Kish's design effect)"
                : "") + ". * the interval excludes no effect; such an interval is printed with as many decimals (up to four) as"
                + " it takes for the bound nearer 0 not to round to 0. Zero is written without a sign; - where a batch"
                + " does not measure it (its scenario does not look for that coalition).\n");
        return b.toString();
    }

    /**
     * Decimals for an effect's cell: one, or for a starred interval as many as it takes (up to four) for the bound
     * nearer 0 not to round to 0, so that the printed interval visibly excludes no effect.
     */
    static int digits(double lower, double upper, boolean starred) {
        if (!starred) return 1;
        double nearer = Math.min(Math.abs(lower), Math.abs(upper));
        int d = 1;
        while (d < 4 && Math.abs(round(nearer, d)) == 0) d++;
        return d;
    }

    private static double round(double v, int digits) {
        return new java.math.BigDecimal(v).setScale(digits, java.math.RoundingMode.HALF_EVEN).doubleValue();
    }

    /** A signed number with {@code digits} decimals; what rounds to zero is written {@code 0.0}, never {@code -0.0}. */
    static String signed(double v, int digits) {
        double r = round(v, digits);
        if (r == 0) return String.format(Locale.ROOT, "%." + digits + "f", 0.0);
        return String.format(Locale.ROOT, "%+." + digits + "f", r);
    }

    private List<String> effectNames() {
        List<String> names = new ArrayList<>(List.of(Outcome.BREAKDOWN.label(), Outcome.FLEXIBLE.label()));
        for (String ref : references) names.add(MetricNames.found(ref));
        names.add(Runs.END_ROUND);
        return names;
    }

    /** Per effect name: difference, lower, upper against the first row. */
    private List<double[]> effects(StudyRow r) {
        Summary base = rows.get(0).summary(), s = r.summary();
        List<double[]> out = new ArrayList<>();
        for (Outcome o : List.of(Outcome.BREAKDOWN, Outcome.FLEXIBLE))
            out.add(difference(s.clusteredShare(o), base.clusteredShare(o)));
        for (String ref : references) {
            String found = MetricNames.found(ref);
            // a batch whose scenario does not look for the coalition never measured it: no effect, not one from 0
            ClusteredShare share = s.metricShare(found), baseShare = base.metricShare(found);
            out.add(share != null && baseShare != null ? difference(share, baseShare)
                    : new double[] {Double.NaN, Double.NaN, Double.NaN});
        }
        double d = s.meanEndRound() - base.meanEndRound();
        // runs that share an input draw are alike: each variance of a mean is widened by its design effect
        double se = Math.sqrt(sq(s.endRoundSd()) * s.endRoundDesignEffect() / s.completed()
                + sq(base.endRoundSd()) * base.endRoundDesignEffect() / base.completed());
        double z = new org.apache.commons.math3.distribution.NormalDistribution().inverseCumulativeProbability(
                0.5 + Summary.CONFIDENCE / 2);
        out.add(new double[] {d, d - z * se, d + z * se});
        return out;
    }

    private static double[] difference(ClusteredShare share, ClusteredShare base) {
        ProportionDifference d = ProportionDifference.of(share, base, Summary.CONFIDENCE);
        return new double[] {d.difference(), d.lower(), d.upper()};
    }

    private static double sq(double x) {
        return x * x;
    }

    /** A number for the Markdown table; "-" where there is none (a metric a batch does not report). */
    private static String cell(String format, double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, format, value);
    }

    private static String share(Summary.OutcomeShare s) {
        return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * s.share(), 100 * s.lower(), 100 * s.upper());
    }

    private static double metric(StudyRow r, String key) {
        Double v = r.summary().metricMeans().get(key);
        return v == null ? Double.NaN : v;
    }
}
