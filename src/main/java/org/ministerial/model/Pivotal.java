package org.ministerial.model;

/**
 * Which issue rejections hinge on: the issue whose return to the status quo would turn the most rejections into
 * acceptances. Ties, and the case where no single issue turns anyone, are broken by the largest summed utility gain
 * of the rejecting actors.
 */
final class Pivotal {
    private Pivotal() {
    }

    /** Whether actor {@code i} would accept if {@code issue} were dropped from the current text. */
    static boolean flipsWhenDropped(Negotiation s, int i, int issue) {
        double gain = s.text.gainFromDropping(s.actors.ideals(), s.actors.saliences(), i * s.k, issue);
        return s.actors.utility(i) + gain >= s.actors.aspiration(i) - 1e-12;
    }

    /** The issue that actor {@code i}'s rejection hinges on most (largest gain from dropping), or -1. */
    static int issueFor(Negotiation s, int i) {
        int best = -1;
        double bestGain = 0;
        for (int j = 0; j < s.k; j++) {
            if (s.text.isDropped(j)) continue;
            double gain = s.text.gainFromDropping(s.actors.ideals(), s.actors.saliences(), i * s.k, j);
            if (gain > bestGain + 1e-12) {
                bestGain = gain;
                best = j;
            }
        }
        return best;
    }

    /**
     * The hinge issue of the whole meeting, or -1 when nobody rejects or nothing helps.
     *
     * @param flips filled with, per issue, how many rejecting actors it would turn
     */
    static int hingeIssue(Negotiation s, int[] flips) {
        java.util.Arrays.fill(flips, 0);
        double[] gains = new double[s.k];
        for (int i = 0; i < s.n; i++) {
            if (s.actors.accepts(i) || s.actors.walkedOut(i)) continue;
            for (int j = 0; j < s.k; j++) {
                if (s.text.isDropped(j)) continue;
                double gain = s.text.gainFromDropping(s.actors.ideals(), s.actors.saliences(), i * s.k, j);
                if (gain > 0) gains[j] += gain;
                if (s.actors.utility(i) + gain >= s.actors.aspiration(i) - 1e-12) flips[j]++;
            }
        }
        int best = -1;
        for (int j = 0; j < s.k; j++) {
            if (s.text.isDropped(j) || gains[j] <= 0) continue;
            if (best < 0 || flips[j] > flips[best] || (flips[j] == flips[best] && gains[j] > gains[best])) best = j;
        }
        return best;
    }
}
