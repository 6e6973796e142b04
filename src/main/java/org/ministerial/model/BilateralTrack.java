package org.ministerial.model;

/**
 * After the meeting a large country offers each other actor a bilateral agreement on its own terms: the offerer's
 * ideal point on every issue, plus the value to the partner of secured access to the offerer's market. A partner
 * accepts when that is worth more to it than its place in the regional outcome (its commitments under a flexible
 * deal, the common text under an agreement, the status quo after a breakdown); accepting takes it out of its
 * coalition.
 *
 * @param offerer index of the offering actor
 * @param access  per actor, the utility value of secured access to the offerer's market (0 for the offerer)
 * @param offered per actor, whether it receives an offer (not the offerer, nor partners it already has a
 *                free-trade agreement with)
 */
public record BilateralTrack(int offerer, double[] access, boolean[] offered) implements java.io.Serializable {
    public BilateralTrack {
        access = access.clone();
        offered = offered.clone();
        if (access.length != offered.length) throw new IllegalArgumentException("one access value per actor");
        if (offerer < 0 || offerer >= access.length)
            throw new IllegalArgumentException("the offerer " + offerer + " is not one of the " + access.length
                    + " actors");
    }

    /** The same track with other access values (those of one input draw); the offerer's own is 0. */
    public BilateralTrack withAccess(double[] values) {
        double[] a = values.clone();
        a[offerer] = 0;
        return new BilateralTrack(offerer, a, offered);
    }
}
