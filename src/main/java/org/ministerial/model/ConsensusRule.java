package org.ministerial.model;

/**
 * The single undertaking: every member must accept the whole text, and a walk-out ends the meeting.
 */
public final class ConsensusRule implements DecisionRule {
    private static final long serialVersionUID = 1L;

    @Override
    public String name() {
        return "consensus";
    }

    @Override
    public boolean adopts(boolean[] accepts, boolean[] walkedOut, double[] capability) {
        return everyoneAccepts(accepts, walkedOut);
    }

    /** Whether every actor is present and accepts: the test of a single undertaking. */
    static boolean everyoneAccepts(boolean[] accepts, boolean[] walkedOut) {
        for (int i = 0; i < accepts.length; i++) if (walkedOut[i] || !accepts[i]) return false;
        return true;
    }

    @Override
    public boolean walkoutEndsMeeting() {
        return true;
    }
}
