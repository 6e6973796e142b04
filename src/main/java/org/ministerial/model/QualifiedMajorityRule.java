package org.ministerial.model;

/**
 * Adoption by a qualified majority of members (one member one vote) or of capability. Actors that walked out count
 * as rejecting; a walk-out does not end the meeting.
 */
public final class QualifiedMajorityRule implements DecisionRule {
    private static final long serialVersionUID = 1L;
    private final double threshold;
    private final boolean weighted;

    /**
     * @param threshold share of members (or of capability) that must accept, in (0,1]
     * @param weighted  count capability instead of members
     */
    public QualifiedMajorityRule(double threshold, boolean weighted) {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold outside (0,1]");
        this.threshold = threshold;
        this.weighted = weighted;
    }

    @Override
    public String name() {
        return "qualified_majority";
    }

    public double threshold() {
        return threshold;
    }

    /** Whether shares are of capability rather than of members. */
    public boolean weighted() {
        return weighted;
    }

    @Override
    public boolean adopts(boolean[] accepts, boolean[] walkedOut, double[] capability) {
        return shortfall(accepts, walkedOut, capability) <= 1e-12;
    }

    /** The members (or capability) still to be won to reach the threshold; those who walked out count against. */
    @Override
    public double shortfall(boolean[] content, boolean[] walkedOut, double[] capability) {
        double yes = 0, all = 0;
        for (int i = 0; i < content.length; i++) {
            double w = weighted ? capability[i] : 1;
            all += w;
            if (content[i] && !walkedOut[i]) yes += w;
        }
        return Math.max(0, threshold * all - yes);
    }

    @Override
    public boolean walkoutEndsMeeting() {
        return false;
    }
}
