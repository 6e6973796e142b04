package org.ministerial.study;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.ministerial.batch.Decimals;
import org.ministerial.batch.Summary;
import org.ministerial.model.Outcome;

import java.io.IOException;
import java.io.StringWriter;
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
                if (key.endsWith("_found")) {
                    String id = key.substring(0, key.length() - "_found".length());
                    if (!references.contains(id)) references.add(id);
                }
    }

    public String csv() throws IOException {
        List<String> header = new ArrayList<>(List.of("label", "parameter", "value", "runs"));
        for (Outcome o : Outcome.values())
            for (String part : List.of("count", "share", "ci_low", "ci_high")) header.add(o.label() + "_" + part);
        header.add("mean_end_round");
        for (String ref : references) {
            header.add(ref + "_found");
            header.add(ref + "_jaccard");
        }
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            p.printRecord(header);
            for (StudyRow r : rows) {
                List<String> c = new ArrayList<>(List.of(r.label(), r.parameter(),
                        Double.isNaN(r.value()) ? "" : Decimals.format(r.value()),
                        Integer.toString(r.summary().completed())));
                for (Map.Entry<Outcome, Summary.OutcomeShare> e : r.summary().shares().entrySet()) {
                    Summary.OutcomeShare s = e.getValue();
                    c.addAll(List.of(Integer.toString(s.count()), Decimals.format(s.share()),
                            Decimals.format(s.lower()), Decimals.format(s.upper())));
                }
                c.add(Decimals.format(r.summary().meanEndRound()));
                for (String ref : references) {
                    c.add(Decimals.format(metric(r, ref + "_found")));
                    c.add(Decimals.format(metric(r, ref + "_jaccard")));
                }
                p.printRecord(c);
            }
        }
        return w.toString();
    }

    public String markdown() {
        StringBuilder b = new StringBuilder("| | runs |");
        for (Outcome o : Outcome.values()) b.append(' ').append(o.label()).append(" (95% CI) |");
        b.append(" mean end round |");
        for (String ref : references) b.append(' ').append(ref).append(" emerged | ").append(ref).append(" Jaccard |");
        b.append("\n|---|---:|").append("---|".repeat(Outcome.values().length)).append("---:|");
        for (int i = 0; i < references.size(); i++) b.append("---:|---:|");
        b.append('\n');
        for (StudyRow r : rows) {
            b.append("| ").append(r.label()).append(" | ").append(r.summary().completed()).append(" | ");
            for (Outcome o : Outcome.values()) b.append(share(r.summary().share(o))).append(" | ");
            b.append(String.format(Locale.ROOT, "%.1f", r.summary().meanEndRound())).append(" |");
            for (String ref : references)
                b.append(String.format(Locale.ROOT, " %.1f%% | %.2f |", 100 * metric(r, ref + "_found"),
                        metric(r, ref + "_jaccard")));
            b.append('\n');
        }
        return b.toString();
    }

    private static String share(Summary.OutcomeShare s) {
        return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f]", 100 * s.share(), 100 * s.lower(), 100 * s.upper());
    }

    private static double metric(StudyRow r, String key) {
        Double v = r.summary().metricMeans().get(key);
        return v == null ? Double.NaN : v;
    }
}
