package org.ministerial.model;

/**
 * The chair of the meeting.
 *
 * @param name           who chairs (for display)
 * @param agenda         issue indices in the order the chair takes them, each once
 * @param greenRoom      per actor, whether it is invited to the green room
 * @param openingText    the draft tabled at the first round, per issue in [0,1], or null to open with the
 *                       compromise of opening positions
 * @param offTable       issue indices taken off the table before the meeting (held at the status quo throughout)
 * @param coChairs       actor indices of co-chairs who draft the text jointly, each once (empty for a neutral chair)
 * @param coChairWeights their weights in the draft, positive, one per co-chair
 * @throws IllegalArgumentException if an index is negative or repeated where each is once, an opening position is
 *                                  outside [0,1], or the co-chairs' weights do not match them
 */
public record ChairSpec(String name, int[] agenda, boolean[] greenRoom, double[] openingText, int[] offTable,
                        int[] coChairs, double[] coChairWeights) implements java.io.Serializable {
    public ChairSpec {
        agenda = agenda.clone();
        greenRoom = greenRoom.clone();
        openingText = openingText == null ? null : openingText.clone();
        offTable = offTable == null ? new int[0] : offTable.clone();
        coChairs = coChairs == null ? new int[0] : coChairs.clone();
        coChairWeights = coChairWeights == null ? new double[0] : coChairWeights.clone();
        if (coChairs.length != coChairWeights.length)
            throw new IllegalArgumentException("one weight per co-chair");
        for (double w : coChairWeights) if (!(w > 0)) throw new IllegalArgumentException("co-chair weights must be positive");
        Indices.distinct(agenda, "the chair's agenda");
        Indices.nonNegative(offTable, "the issues off the table");
        Indices.distinct(coChairs, "the co-chairs");
        if (openingText != null)
            for (double x : openingText)
                if (!(x >= 0 && x <= 1))
                    throw new IllegalArgumentException("the opening text has " + x + ", outside [0,1]");
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
