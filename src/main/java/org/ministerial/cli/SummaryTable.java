package org.ministerial.cli;

import org.ministerial.batch.Summary;
import org.ministerial.batch.VarianceSplit;
import org.ministerial.model.Outcome;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** The end-of-batch table: each outcome with its count, share and 95% Wilson interval (on the effective runs). */
final class SummaryTable {
    private SummaryTable() {
    }

    /** Effective runs for a 95% interval of about +-5 points on a share near 50%: (1.96 x 0.5 / 0.05)^2. */
    static final double ENOUGH_EFFECTIVE_RUNS = 385;

    static void print(PrintWriter out, Summary summary) {
        out.printf(Locale.ROOT, "%-10s %7s %7s  %s%n", "outcome", "count", "share", "95% CI");
        for (Outcome o : Outcome.values()) {
            Summary.OutcomeShare s = summary.share(o);
            if (Double.isNaN(s.share())) {
                out.printf(Locale.ROOT, "%-10s %7d %7s  %s%n", o.label(), s.count(), "-", "-");
            } else {
                out.printf(Locale.ROOT, "%-10s %7d %6.1f%%  [%.1f%%, %.1f%%]%n", o.label(), s.count(),
                        100 * s.share(), 100 * s.lower(), 100 * s.upper());
            }
        }
        out.printf(Locale.ROOT, "%-10s %7d%n", "failed", summary.failed());
        out.printf(Locale.ROOT, "%-10s %7d%n", "total", summary.runs());
        if (summary.drawsShared()) {
            // the runs of one input draw are alike: say how many independent runs the intervals stand for
            StringBuilder effective = new StringBuilder();
            // few effective runs give wide intervals: say how many runs would give a useful width at this design effect
            double fewest = Double.POSITIVE_INFINITY;
            for (Outcome o : Outcome.values()) {
                Summary.OutcomeShare s = summary.share(o);
                effective.append(effective.length() == 0 ? "" : ", ").append(o.label()).append(' ')
                        .append(String.format(Locale.ROOT, "%.0f", s.effectiveRuns()));
                // an outcome never seen, or seen in every run, has no width to narrow near 50%
                if (s.count() > 0 && s.count() < summary.completed()) fewest = Math.min(fewest, s.effectiveRuns());
            }
            if (effective.length() > 0)
                out.println("95% CI on the effective runs (runs that share an input draw are alike, Kish's design effect):"
                        + " " + effective);
            if (fewest < ENOUGH_EFFECTIVE_RUNS && fewest > 0) {
                long runs = (long) Math.ceil(summary.completed() * ENOUGH_EFFECTIVE_RUNS / fewest / 100.0) * 100;
                out.printf(Locale.ROOT, "note: the widest intervals rest on %.0f effective runs; about %d runs at this"
                        + " design effect give %.0f, an interval of about +-5 points on a share near 50%%%n", fewest, runs,
                        ENOUGH_EFFECTIVE_RUNS);
            }
        }
        // 0-based as end_round in runs.csv, while a run's report counts rounds from 1 ("round 6 of 9"): say which
        if (summary.completed() > 0)
            out.printf(Locale.ROOT, "mean end round: %.2f (0-based, as end_round in runs.csv; %.2f counting the first"
                    + " round as 1, as run reports do)%n", summary.meanEndRound(), summary.meanEndRound() + 1);
    }

    /** Where the variance of each measure comes from: the input draws or the dynamics within a draw. */
    static void print(PrintWriter out, VarianceSplit split, boolean inputsDrawn) {
        if (split == null) {
            out.println(inputsDrawn
                    ? "variance split: none (it needs at least two input draws of more than one run: see --runs-per-draw)"
                    : "variance split: none (the inputs are taken as written: nothing is drawn)");
            return;
        }
        out.printf(Locale.ROOT, "variance from input uncertainty vs dynamics (%d input draws x %s runs; shares of the"
                + " two ANOVA components):%n", split.draws(), split.runsPerDrawText());
        // the measure column as wide as its longest name (precedent_g21_found), so the numbers stay in their columns
        int width = "measure".length();
        for (String measure : split.parts().keySet()) width = Math.max(width, measure.length());
        String name = "  %-" + width + "s";
        out.printf(Locale.ROOT, name + " %10s %7s %9s%n", "measure", "variance", "inputs", "dynamics");
        for (Map.Entry<String, VarianceSplit.Part> e : split.parts().entrySet()) {
            VarianceSplit.Part p = e.getValue();
            if (p.constant()) out.printf(Locale.ROOT, name + " %10s%n", e.getKey(), "constant");
            else out.printf(Locale.ROOT, name + " %10.4f %6.0f%% %8.0f%%%s%n", e.getKey(), p.total(),
                    100 * p.inputShare(), 100 * (1 - p.inputShare()), p.rare() ? "  (rare: too few to split)" : "");
        }
    }
}
