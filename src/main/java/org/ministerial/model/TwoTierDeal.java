package org.ministerial.model;

/**
 * The two tiers of a flexible agreement, found at the deadline from the text on the table (docs/ODD.md 7.6): a
 * common core for every government present and, on top of it, plurilateral add-ons that each joins issue by issue:
 * variable geometry, the "club of clubs" in which a core binds all and each club binds its members only (Lawrence
 * 2006; Hoekman and Kostecki 2009 on plurilateral agreements).
 *
 * <p>Common core: start from the text and, while some actor present would reject the core (its utility below its
 * reservation), lower by {@link #STEP} the issue most rejecting actors' rejections hinge on (the issue whose return to
 * the status quo helps each most), until every actor accepts or nothing is left.
 *
 * <p>Commitments. A government that walked out is party to nothing: its row is the status quo, 0 on every issue, and
 * it takes no add-on. A government present commits to the core and, on each issue where the text goes deeper than
 * the core, joins the add-on at the text's depth when that raises its utility (7.1, with its effective ideal point
 * and salience at the end) over the core, counting what it already bears: a government with a free-trade agreement
 * with the add-on's demandeur (the bilateral offerer's existing partners, {@link BilateralTrack#offered}) is bound
 * by it already, so joining costs it only the depth beyond what it has. The data give no depth per agreement and
 * issue, so an existing partner counts as bound at the text's depth on every issue whose add-on its partner demands
 * (the offerer joins it on its own account): its agreements follow the offerer's template, which carries the
 * offerer's demands (NAFTA and the US-Chile agreement for the United States). Joining then costs it nothing; it
 * joins, since it already applies those rules to its partner and the add-on extends to it the other members'
 * commitments on the same rules (Baldwin 2006 on deep disciplines adopted in one agreement being applied to all).
 *
 * @param core        per issue, the depth everyone commits to; all zero when there is no common core
 * @param commitments per actor and issue ({@code [i * K + k]}), the depth it commits to
 */
public record TwoTierDeal(double[] core, double[] commitments) implements java.io.Serializable {
    public TwoTierDeal {
        core = core.clone();
        commitments = commitments.clone();
        if (core.length > 0 && commitments.length % core.length != 0)
            throw new IllegalArgumentException("commitments must hold one row of " + core.length + " issues per actor");
    }
    /** How far the chair lowers one issue of the core per step. */
    public static final double STEP = 0.05;

    private static final double EPS = 1e-12;

    /** Whether the core commits anyone to anything. */
    public boolean hasCore() {
        for (double c : core) if (c > EPS) return true;
        return false;
    }

    static TwoTierDeal find(Negotiation s) {
        double[] core = commonCore(s);
        return new TwoTierDeal(core, commitments(s, core));
    }

    private static double[] commonCore(Negotiation s) {
        int n = s.n, k = s.k;
        double[] core = s.text.copy();
        int[] hinge = new int[k];
        while (true) {
            java.util.Arrays.fill(hinge, 0);
            boolean anyone = false;
            for (int i = 0; i < n; i++) {
                if (s.actors.walkedOut(i)) continue;
                double u = Utility.of(core, s.actors.ideals(), s.actors.saliences(), i * k, k);
                if (u >= s.actors.reservation(i) - EPS) continue;
                anyone = true;
                int best = -1;
                double bestGain = 0;
                for (int j = 0; j < k; j++) {
                    if (core[j] <= 0) continue;
                    double gain = s.actors.salience(i * k + j) * (Math.abs(core[j] - s.actors.ideal(i * k + j))
                            - Math.abs(Math.max(0, core[j] - STEP) - s.actors.ideal(i * k + j)));
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
        return core;
    }

    /**
     * The commitment matrix. Utility is additive over issues (7.1), so joining one add-on changes a government's
     * utility by that term alone, whatever it does on the others: each add-on is decided on its own.
     */
    private static double[] commitments(Negotiation s, double[] core) {
        int n = s.n, k = s.k;
        double[] out = new double[n * k];
        BilateralTrack track = s.spec().context().bilateral();
        int demandeur = track == null ? -1 : track.offerer();
        // the issues whose add-on the demandeur takes on its own account: its partners already bear those
        boolean[] demanded = new boolean[k];
        for (int j = 0; j < k; j++)
            demanded[j] = demandeur >= 0 && !s.actors.walkedOut(demandeur) && s.text.at(j) > core[j] + EPS
                    && joins(s, demandeur, j, core[j], 0);
        for (int i = 0; i < n; i++) {
            if (s.actors.walkedOut(i)) continue; // party to nothing: the status quo
            boolean partner = track != null && i != demandeur && !track.offered()[i];
            for (int j = 0; j < k; j++) {
                double bound = partner && demanded[j] ? s.text.at(j) : 0;
                boolean addOn = s.text.at(j) > core[j] + EPS && joins(s, i, j, core[j], bound);
                out[i * k + j] = addOn ? s.text.at(j) : core[j];
            }
        }
        return out;
    }

    /**
     * Whether government i joins the add-on on issue j: its utility term on j, {@code -s_ij |d - p_ij|}, where d is the
     * depth it lives under, the larger of its commitment in this deal and the depth {@code bound} it already bears
     * elsewhere, is higher at the text's depth than at the core's; or the text asks for no more than it already bears,
     * so joining costs it nothing.
     */
    private static boolean joins(Negotiation s, int i, int j, double core, double bound) {
        double text = s.text.at(j);
        if (bound >= text - EPS) return true;
        double p = s.actors.ideal(i * s.k + j), w = s.actors.salience(i * s.k + j);
        double gain = w * (Math.abs(Math.max(core, bound) - p) - Math.abs(Math.max(text, bound) - p));
        return gain > EPS;
    }
}
