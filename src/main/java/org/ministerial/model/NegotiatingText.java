package org.ministerial.model;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The chair's single negotiating text (Raiffa 1982): the depth proposed on each issue, and which issues the chair has
 * taken off the table and when. The {@link Chair} alone writes it (tabling, revising, dropping); governments,
 * coalitions, the observer and the end-of-run analysis read it.
 */
final class NegotiatingText implements Serializable {
    private static final long serialVersionUID = 1L;
    private final double[] depth;
    private final boolean[] dropped;
    /** Per issue, the 0-based round in which the chair dropped it, or -1: for the run's account only. */
    private final int[] droppedRound;

    /** A text at the status quo on {@code issues} issues, none dropped. */
    NegotiatingText(int issues) {
        depth = new double[issues];
        dropped = new boolean[issues];
        droppedRound = new int[issues];
        Arrays.fill(droppedRound, -1);
    }

    double at(int issue) {
        return depth[issue];
    }

    boolean isDropped(int issue) {
        return dropped[issue];
    }

    double[] copy() {
        return depth.clone();
    }

    /** Copies the depths into {@code into}, without allocating. */
    void copyInto(double[] into) {
        System.arraycopy(depth, 0, into, 0, depth.length);
    }

    // Read-only views, as ActorState's whole-array views: for readers that only read, and for records that copy what
    // they are given (RoundRecord, RunResult), so that a round's text is copied once, not twice. Never written.

    double[] depthView() {
        return depth;
    }

    boolean[] droppedView() {
        return dropped;
    }

    int[] droppedRoundView() {
        return droppedRound;
    }

    /** The utility of this text to the actor whose preferences start at {@code base} ({@link Utility#of}). */
    double utility(double[] ideal, double[] salience, int base) {
        return Utility.of(depth, ideal, salience, base, depth.length);
    }

    /** The actor's gain from returning one issue to the status quo ({@link Utility#gainFromDropping}). */
    double gainFromDropping(double[] ideal, double[] salience, int base, int issue) {
        return Utility.gainFromDropping(depth, ideal, salience, base, issue);
    }

    /** The chair sets an issue's depth. */
    void set(int issue, double value) {
        depth[issue] = value;
    }

    /** The chair takes an issue off the table in {@code round}: it is held at the status quo from now on. */
    void drop(int issue, int round) {
        if (!dropped[issue]) droppedRound[issue] = round;
        dropped[issue] = true;
        depth[issue] = 0;
    }
}
