package org.ministerial.model;

import java.io.Serializable;

/**
 * How the meeting decides whether the text on the table is adopted. Strategies are pluggable: the scenario names one.
 */
public interface DecisionRule extends Serializable {

    /** The name used in scenario files, e.g. {@code consensus}. */
    String name();

    /**
     * Whether the text is adopted this session.
     *
     * @param accepts    per actor, whether it accepts the text
     * @param walkedOut  per actor, whether it has left the meeting
     * @param capability per actor capability
     */
    boolean adopts(boolean[] accepts, boolean[] walkedOut, double[] capability);

    /** Whether one walk-out ends the meeting (true under a single undertaking). */
    boolean walkoutEndsMeeting();

    /** Whether the deadline settles on a common core with add-ons rather than on breakdown. */
    default boolean twoTier() {
        return false;
    }
}
