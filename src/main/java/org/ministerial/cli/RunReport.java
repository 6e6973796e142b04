package org.ministerial.cli;

import org.ministerial.batch.CompletedRun;
import org.ministerial.batch.SeedText;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The account of a single run that {@code ministerial run} prints: how it ended, when, who held out and over which
 * issue, and which coalitions stood at the end. It answers "what happened?" before anyone opens the CSV files.
 */
final class RunReport {
    private RunReport() {
    }

    static void print(PrintWriter out, NegotiationSpec spec, CompletedRun run) {
        out.printf("scenario: %s (run seed %s)%n", spec.name(), SeedText.format(run.seed()));
        if (run.failed()) {
            out.println("outcome: error");
            out.println("  " + run.error());
            return;
        }
        RunResult r = run.result();
        out.println("outcome: " + r.outcome().label());
        out.printf("ended: round %d (day %d, session %d) of %d sessions%n", r.endSession(), r.endDay(),
                r.endSessionOfDay(), spec.calendar().sessions());
        printTexts(out, spec, r);
        printRejecters(out, spec, r);
        printDeal(out, spec, r);
        printCoalitions(out, r);
        printBilateral(out, spec, r);
    }

    /**
     * The final text beside the compromise model's prediction, x^c = sum c s p / sum c s per issue over the run's
     * inputs (its draw of the uncertain ones), and the run's {@code compromise_distance} (from its own opening
     * positions, after the per-run noise).
     */
    private static void printTexts(PrintWriter out, NegotiationSpec spec, RunResult r) {
        out.println(CompromiseText.line("final text:      ", spec, r.finalText()));
        Double d = r.metrics().get("compromise_distance");
        out.println(CompromiseText.line("compromise model:", spec, CompromiseText.of(spec))
                + " (sum c s p / sum c s of stated positions"
                + (d == null ? ")" : String.format(java.util.Locale.ROOT, "; compromise_distance %.3f)", d)));
    }

    /** The common core and who takes add-ons, for a two-tier deal. */
    private static void printDeal(PrintWriter out, NegotiationSpec spec, RunResult r) {
        if (r.deal() == null) return;
        int k = spec.issues().size();
        StringBuilder core = new StringBuilder("common core:");
        for (int j = 0; j < k; j++)
            core.append(String.format(java.util.Locale.ROOT, " %s %.2f", spec.issues().get(j).id(), r.deal().core()[j]));
        out.println(core);
        List<String> takers = new java.util.ArrayList<>();
        for (int i = 0; i < spec.actors().size(); i++)
            for (int j = 0; j < k; j++)
                if (r.deal().commitments()[i * k + j] > r.deal().core()[j] + 1e-12) {
                    takers.add(spec.actors().get(i).code());
                    break;
                }
        out.println("deeper add-ons taken by " + takers.size() + " of " + spec.actors().size()
                + (takers.isEmpty() ? "" : ": " + String.join(" ", takers)) + " (depths in commitments.csv.gz)");
    }

    private static void printBilateral(PrintWriter out, NegotiationSpec spec, RunResult r) {
        if (r.bilateral() == null) return;
        List<String> accepted = new java.util.ArrayList<>();
        for (int i = 0; i < spec.actors().size(); i++)
            if (r.bilateral().accepted()[i]) accepted.add(spec.actors().get(i).code());
        out.println("bilateral offers from " + r.bilateral().offerer() + " accepted by: "
                + (accepted.isEmpty() ? "nobody" : String.join(" ", accepted)));
    }

    private static void printRejecters(PrintWriter out, NegotiationSpec spec, RunResult r) {
        List<String> rejecters = r.rejecters();
        if (rejecters.isEmpty()) {
            out.println("rejected the final text: nobody");
            return;
        }
        out.printf("rejected the final text: %d of %d actors%n", rejecters.size(), r.actors().size());
        if (r.hingeIssue() >= 0) out.println("  the meeting hinges on: " + issueName(spec, r.hingeIssue()));
        Map<Integer, List<String>> byIssue = new TreeMap<>();
        for (RunResult.ActorResult a : r.actors()) {
            if (a.accepted()) continue;
            String code = a.walkedOut() ? a.code() + " (walked out)" : a.code();
            byIssue.computeIfAbsent(a.hingeIssue(), k -> new ArrayList<>()).add(code);
        }
        for (Map.Entry<Integer, List<String>> e : byIssue.entrySet()) {
            String on = e.getKey() < 0 ? "no single issue" : issueName(spec, e.getKey());
            out.printf("  over %s: %s%n", on, String.join(" ", e.getValue()));
        }
    }

    private static void printCoalitions(PrintWriter out, RunResult r) {
        if (r.coalitions().isEmpty()) {
            out.println("coalitions at the end: none");
            return;
        }
        out.println("coalitions at the end:");
        for (RunResult.CoalitionResult c : r.coalitions()) {
            Map<Integer, List<String>> byRound = new TreeMap<>();
            for (RunResult.Member m : c.members())
                byRound.computeIfAbsent(m.joinedRound(), k -> new ArrayList<>()).add(m.code());
            StringJoiner members = new StringJoiner("; ");
            byRound.forEach((round, codes) -> members.add("from round " + round + ": " + String.join(" ", codes)));
            out.printf("  %s (%d members, led by %s) %s%n", c.id(), c.members().size(), c.leader(), members);
        }
    }

    private static String issueName(NegotiationSpec spec, int issue) {
        return spec.issues().get(issue).id();
    }
}
