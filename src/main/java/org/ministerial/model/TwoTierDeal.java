package org.ministerial.model;

/**
 * The two tiers of a flexible agreement, found at the deadline from the text on the table.
 *
 * <p>Common core: start from the text and, while some actor present would reject the core (its utility below its
 * reservation), lower by {@link #STEP} the issue most rejecting actors' rejections hinge on (the issue whose return to
 * the status quo helps each most), until every actor accepts or nothing is left. Add-ons: on each issue where the
 * text goes deeper than the core, an actor joins at the text's depth when that depth is closer to its ideal point than
 * the core's. The commitment matrix holds each actor's depth per issue.
 *
 * @param core        per issue, the depth everyone commits to; all zero when there is no common core
 * @param commitments per actor and issue ({@code [i * K + k]}), the depth it commits to
 */
public record TwoTierDeal(double[] core, double[] commitments) implements java.io.Serializable {
    /** How far the chair lowers one issue of the core per step. */
    public static final double STEP = 0.05;

    /** Whether the core commits anyone to anything. */
    public boolean hasCore() {
        for (double c : core) if (c > 1e-12) return true;
        return false;
    }

    /** Whether some actor commits deeper than the core somewhere. */
    public boolean hasAddOns(int k) {
        for (int i = 0; i < commitments.length; i++) if (commitments[i] > core[i % k] + 1e-12) return true;
        return false;
    }

    static TwoTierDeal find(Negotiation s) {
        int n = s.n, k = s.k;
        double[] core = s.text.clone();
        int[] hinge = new int[k];
        while (true) {
            java.util.Arrays.fill(hinge, 0);
            boolean anyone = false;
            for (int i = 0; i < n; i++) {
                if (s.walkedOut[i]) continue;
                if (Utility.of(core, s.ideal, s.salience, i * k, k) >= s.reservation[i] - 1e-12) continue;
                anyone = true;
                int best = -1;
                double bestGain = 0;
                for (int j = 0; j < k; j++) {
                    if (core[j] <= 0) continue;
                    double gain = s.salience[i * k + j] * (Math.abs(core[j] - s.ideal[i * k + j])
                            - Math.abs(Math.max(0, core[j] - STEP) - s.ideal[i * k + j]));
                    if (gain > bestGain) {
                        bestGain = gain;
                        best = j;
                    }
                }
                if (best >= 0) hinge[best]++;
            }
            if (!anyone) break;
            int lower = -1;
            for (int j = 0; j < k; j++) if (hinge[j] > 0 && (lower < 0 || hinge[j] > hinge[lower])) lower = j;
            if (lower < 0) {
                java.util.Arrays.fill(core, 0);
                break;
            }
            core[lower] = Math.max(0, core[lower] - STEP);
        }
        double[] commitments = new double[n * k];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < k; j++) {
                double p = s.ideal[i * k + j];
                boolean joins = !s.walkedOut[i] && s.text[j] > core[j]
                        && Math.abs(s.text[j] - p) < Math.abs(core[j] - p);
                commitments[i * k + j] = joins ? s.text[j] : core[j];
            }
        return new TwoTierDeal(core, commitments);
    }
}
