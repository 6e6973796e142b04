package org.ministerial.cli;

import org.ministerial.model.MetricNames;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.Outcome;
import org.ministerial.model.RunResult;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a run ended when it did, in words. The chair settles a round in a fixed order (docs/ODD.md 7.5): the rule
 * adopts the text; else, under a single undertaking, a walk-out ends the meeting; else the deadline, or the chair
 * closing a stalled meeting early, ends it in breakdown or, under a two-tier rule, in a common core. The reason is
 * read back in that order from what the result records.
 */
final class RunEnding {
    private RunEnding() {
    }

    static String reason(NegotiationSpec spec, RunResult r) {
        if (r.outcome() == Outcome.AGREEMENT) return "the text was adopted under the decision rule";
        List<String> leaving = new ArrayList<>();
        for (int i = 0; i < r.actors().size(); i++)
            if (r.actors().get(i).walkoutRound() == r.endRound())
                leaving.add(RunTimeline.name(spec.actors().get(i)));
        if (spec.rule().walkoutEndsMeeting() && !leaving.isEmpty())
            return String.join(", ", leaving) + " walked out, which ends the meeting under this rule";
        boolean closedEarly = r.metrics().getOrDefault(MetricNames.CLOSED_BY_CHAIR, 0.0) == 1.0;
        String when = closedEarly ? "the chair closed the meeting before its deadline, as the text had stopped "
                + "gaining support" : "the deadline came without a text the rule adopts";
        if (!spec.rule().twoTier()) return when;
        return when + (r.outcome() == Outcome.FLEXIBLE ? "; the chair settled on a common core with add-ons"
                : "; no common core every government accepts");
    }
}
