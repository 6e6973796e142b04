package org.ministerial.model;

/**
 * The chair of the meeting.
 *
 * @param name           who chairs (for display)
 * @param agenda         issue indices in the order the chair takes them
 * @param greenRoom      per actor, whether it is invited to the green room
 * @param openingText    the draft tabled at the first round, or null to open with the compromise of opening
 *                       positions
 * @param offTable       issue indices taken off the table before the meeting (held at the status quo throughout)
 * @param coChairs       actor indices of co-chairs who draft the text jointly (empty for a neutral chair)
 * @param coChairWeights their weights in the draft, positive, one per co-chair
 */
public record ChairSpec(String name, int[] agenda, boolean[] greenRoom, double[] openingText, int[] offTable,
                        int[] coChairs, double[] coChairWeights) implements java.io.Serializable {
    public ChairSpec {
        offTable = offTable == null ? new int[0] : offTable.clone();
        coChairs = coChairs == null ? new int[0] : coChairs.clone();
        coChairWeights = coChairWeights == null ? new double[0] : coChairWeights.clone();
        if (coChairs.length != coChairWeights.length)
            throw new IllegalArgumentException("one weight per co-chair");
        for (double w : coChairWeights) if (!(w > 0)) throw new IllegalArgumentException("co-chair weights must be positive");
    }

    /** A neutral chair, some issues off the table. */
    public ChairSpec(String name, int[] agenda, boolean[] greenRoom, double[] openingText, int[] offTable) {
        this(name, agenda, greenRoom, openingText, offTable, new int[0], new double[0]);
    }

    /** A neutral chair with every issue on the table. */
    public ChairSpec(String name, int[] agenda, boolean[] greenRoom, double[] openingText) {
        this(name, agenda, greenRoom, openingText, new int[0]);
    }
}
