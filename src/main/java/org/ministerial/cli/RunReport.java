package org.ministerial.cli;

import org.ministerial.batch.CompletedRun;
import org.ministerial.batch.SeedText;
import org.ministerial.model.Calendar;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The account of a single run that {@code ministerial run} prints: the meeting (calendar, chair, rule), what
 * happened round by round, how and when it ended, the final text issue by issue, who rejected it over which
 * issue, and which coalitions stood at the end. It answers "what happened?" before anyone opens the CSV files.
 * Rounds are named by the date and session of the day they were held in ({@link SessionText}); the files' 0-based
 * rounds stay in the files.
 */
final class RunReport {
    private RunReport() {
    }

    /**
     * @param origin which run this is, in the terms that remake it: {@code run --seed N} or {@code run --replay}
     */
    static void print(PrintWriter out, NegotiationSpec spec, CompletedRun run, String origin) {
        Calendar cal = spec.calendar();
        out.printf("scenario: %s%n", spec.name());
        // the model seed is shown apart from the base seed: given back to --seed it would start another batch
        out.printf("seed: %s (model seed %s)%n", origin, SeedText.format(run.seed()));
        out.println("calendar: " + SessionText.meeting(cal));
        out.println("chair: " + spec.chair().name() + coChairs(spec));
        out.println("decision rule: " + RuleText.of(spec.rule()));
        if (run.failed()) {
            out.println("outcome: error");
            out.println("  " + run.error());
            return;
        }
        RunResult r = run.result();
        printTimeline(out, spec, r);
        out.println("outcome: " + r.outcome().label());
        out.println("ended: " + SessionText.ofMeeting(cal, r.endRound()) + ": " + RunEnding.reason(spec, r));
        FinalTextTable.print(out, spec, r);
        printRejecters(out, spec, r);
        printDeal(out, spec, r);
        printCoalitions(out, cal, r);
        printBilateral(out, spec, r);
    }

    private static String coChairs(NegotiationSpec spec) {
        int[] co = spec.chair().coChairs();
        if (co.length == 0) return "";
        StringJoiner codes = new StringJoiner(", ", " (drafting with ", ")");
        for (int i : co) codes.add(spec.actors().get(i).code());
        return codes.toString();
    }

    private static void printTimeline(PrintWriter out, NegotiationSpec spec, RunResult r) {
        RunTimeline t = RunTimeline.of(spec, r);
        if (t.happened().isEmpty()) {
            out.println("what happened: no scenario events, walk-outs or dropped issues");
        } else {
            out.println("what happened:");
            for (RunTimeline.Entry e : t.happened())
                out.println("  " + SessionText.of(spec.calendar(), e.round()) + ": " + e.text());
        }
        if (!t.notReached().isEmpty()) out.println("not reached (scheduled after the end):");
        for (RunTimeline.Entry e : t.notReached())
            out.println("  " + SessionText.of(spec.calendar(), e.round()) + ": " + e.text());
        boolean walkouts = r.actors().stream().anyMatch(RunResult.ActorResult::walkedOut);
        if (!walkouts && !t.happened().isEmpty()) out.println("walk-outs: none");
    }

    /** The common core and who takes add-ons, for a two-tier deal. */
    private static void printDeal(PrintWriter out, NegotiationSpec spec, RunResult r) {
        if (r.deal() == null) return;
        int k = spec.issues().size();
        List<String> takers = new ArrayList<>();
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
        List<String> accepted = new ArrayList<>(), declined = new ArrayList<>();
        for (int i = 0; i < spec.actors().size(); i++) {
            if (!r.bilateral().offered()[i]) continue;
            (r.bilateral().accepted()[i] ? accepted : declined).add(spec.actors().get(i).code());
        }
        // the offers, not only the takers: who was offered one (not the offerer's existing partners, docs/ODD.md
        // 7.11) and who declined are what the acceptances are shares of
        out.println("bilateral offers from " + r.bilateral().offerer() + " to " + (accepted.size() + declined.size())
                + " governments, accepted by " + accepted.size()
                + (accepted.isEmpty() ? "" : ": " + String.join(" ", accepted))
                + (declined.isEmpty() ? "" : "; declined by " + declined.size()));
    }

    /**
     * Who rejected, grouped by the issue that costs each of them most against the status quo (whose return to the
     * status quo would help it most: {@code runs.csv}'s {@code rejecter_issues}).
     */
    private static void printRejecters(PrintWriter out, NegotiationSpec spec, RunResult r) {
        List<String> rejecters = r.rejecters();
        if (rejecters.isEmpty()) {
            out.println("rejected the final text: nobody");
            return;
        }
        out.printf("rejected the final text: %d of %d governments, each under the issue that costs it most%n",
                rejecters.size(), r.actors().size());
        if (r.hingeIssue() >= 0)
            out.println("  the meeting hinges on: " + spec.issues().get(r.hingeIssue()).name());
        Map<Integer, List<String>> byIssue = new TreeMap<>();
        for (RunResult.ActorResult a : r.actors()) {
            if (a.accepted()) continue;
            String who = a.walkedOut()
                    ? a.code() + " (walked out " + SessionText.of(spec.calendar(), a.walkoutRound()) + ")"
                    : a.code();
            byIssue.computeIfAbsent(a.hingeIssue(), k -> new ArrayList<>()).add(who);
        }
        for (Map.Entry<Integer, List<String>> e : byIssue.entrySet()) {
            String on = e.getKey() < 0 ? "no single issue" : spec.issues().get(e.getKey()).name();
            out.printf(Locale.ROOT, "  %d over %s: %s%n", e.getValue().size(), on, String.join(" ", e.getValue()));
        }
    }

    private static void printCoalitions(PrintWriter out, Calendar cal, RunResult r) {
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
            byRound.forEach((round, codes) -> members.add("from " + SessionText.of(cal, round) + ": "
                    + String.join(" ", codes)));
            out.printf("  %s (%d members, led by %s) %s%n", c.id(), c.members().size(), c.leader(), members);
        }
    }
}
