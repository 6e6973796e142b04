package org.ministerial.model;

import java.io.Serializable;

/**
 * How the meeting decides whether the text on the table is adopted. Strategies are pluggable: the scenario names one.
 */
public interface DecisionRule extends Serializable {

    /** The name used in scenario files, e.g. {@code consensus}. */
    String name();

    /**
     * Whether the text is adopted this round.
     *
     * @param accepts    per actor, whether it accepts the text
     * @param walkedOut  per actor, whether it has left the meeting
     * @param capability per actor capability
     */
    boolean adopts(boolean[] accepts, boolean[] walkedOut, double[] capability);

    /**
     * How far the meeting is from adopting a text, were each actor to accept it as given: 0 when it would be
     * adopted. The chair watches it to judge whether the text is still gaining support. By default the number of
     * actors present who would not accept (every one of them must be won under consensus).
     *
     * @param content    per actor, whether it would accept the text
     * @param walkedOut  per actor, whether it has left the meeting
     * @param capability per actor capability
     */
    default double shortfall(boolean[] content, boolean[] walkedOut, double[] capability) {
        int missing = 0;
        for (int i = 0; i < content.length; i++) if (!walkedOut[i] && !content[i]) missing++;
        return missing;
    }

    /** Whether one walk-out ends the meeting (true under a single undertaking). */
    boolean walkoutEndsMeeting();

    /** Whether the deadline settles on a common core with add-ons rather than on breakdown. */
    default boolean twoTier() {
        return false;
    }
}
