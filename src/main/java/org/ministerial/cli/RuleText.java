package org.ministerial.cli;

import org.ministerial.model.DecisionRule;
import org.ministerial.model.QualifiedMajorityRule;

import java.util.Locale;

/** What a decision rule asks of the meeting, in words, for the run's report (docs/ODD.md 7.5). */
final class RuleText {
    private RuleText() {
    }

    static String of(DecisionRule rule) {
        if (rule instanceof QualifiedMajorityRule q)
            return String.format(Locale.ROOT, "qualified majority: %s%% of the %s must accept the text; a walk-out "
                    + "counts as a rejection", percent(q.threshold()), q.weighted() ? "capability" : "members");
        if (rule.twoTier())
            return rule.name() + ": the whole text if every government accepts it, otherwise at the end a common core "
                    + "all accept, with deeper add-ons for those who want them; a walk-out does not end the meeting";
        if (rule.walkoutEndsMeeting())
            return rule.name() + ": every government must accept the whole text (single undertaking), and one "
                    + "walk-out ends the meeting";
        return rule.name();
    }

    private static String percent(double share) {
        return new java.math.BigDecimal(share * 100).round(new java.math.MathContext(3)).stripTrailingZeros()
                .toPlainString();
    }
}
