package org.ministerial.cli;

import org.ministerial.model.MetricNames;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The final text issue by issue, by the issue's name, beside the compromise model's prediction
 * {@code x^c = sum c s p / sum c s} over the run's inputs (its draw of the uncertain ones), the common core of a
 * two-tier deal, and whether the issue had left the table; then the run's {@code compromise_distance} (from its own
 * opening positions, after the per-run noise).
 */
final class FinalTextTable {
    private FinalTextTable() {
    }

    static void print(PrintWriter out, NegotiationSpec spec, RunResult r) {
        double[] compromise = CompromiseText.of(spec);
        int width = "final text (0 = status quo, 1 = deepest)".length();
        for (var issue : spec.issues()) width = Math.max(width, issue.name().length() + 2);
        boolean core = r.deal() != null;
        out.println(pad("final text (0 = status quo, 1 = deepest)", width) + "  text  compromise"
                + (core ? "  core" : ""));
        for (int j = 0; j < spec.issues().size(); j++) {
            StringBuilder row = new StringBuilder(pad("  " + spec.issues().get(j).name(), width));
            row.append(String.format(Locale.ROOT, "  %4.2f  %10.2f", r.finalText()[j], compromise[j]));
            if (core) row.append(String.format(Locale.ROOT, "  %4.2f", r.deal().core()[j]));
            row.append(note(spec, r, j));
            out.println(row);
        }
        Double d = r.metrics().get(MetricNames.COMPROMISE_DISTANCE);
        out.println("  (compromise: sum c s p / sum c s of stated positions"
                + (d == null ? ")" : String.format(Locale.ROOT, "; compromise_distance %.3f)", d)));
    }

    private static String note(NegotiationSpec spec, RunResult r, int issue) {
        if (RunTimeline.offTable(spec, issue)) return "  off the table";
        int[] dropped = r.droppedRound();
        if (dropped != null && dropped[issue] >= 0)
            return "  dropped " + SessionText.of(spec.calendar(), dropped[issue]);
        return r.dropped()[issue] ? "  dropped" : "";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
