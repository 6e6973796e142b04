package org.ministerial.model;

/**
 * A two-tier ("flexible") agreement: a common core every actor accepts, holding only the issues and depths all can
 * live with, plus plurilateral add-ons that each actor may join issue by issue at the deeper level of the text.
 * The whole text is adopted early if everyone accepts it ({@code agreement}); at the deadline the chair looks for
 * the common core ({@link TwoTierDeal}); a non-empty core makes the outcome {@code flexible}, none a breakdown.
 * A walk-out does not end the meeting.
 */
public final class FlexibleRule implements DecisionRule {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "flexible";
    }

    @Override
    public boolean adopts(boolean[] accepts, boolean[] walkedOut, double[] capability) {
        return ConsensusRule.everyoneAccepts(accepts, walkedOut);
    }

    @Override
    public boolean walkoutEndsMeeting() {
        return false;
    }

    @Override
    public boolean twoTier() {
        return true;
    }
}
