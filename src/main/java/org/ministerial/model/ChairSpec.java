package org.ministerial.model;

/**
 * The chair of the meeting.
 *
 * @param name        who chairs (for display)
 * @param agenda      issue indices in the order the chair takes them
 * @param greenRoom   per actor, whether it is invited to the green room
 * @param openingText the draft tabled at the first session, or null to open with the compromise of opening positions
 * @param offTable    issue indices taken off the table before the meeting (held at the status quo throughout)
 */
public record ChairSpec(String name, int[] agenda, boolean[] greenRoom, double[] openingText, int[] offTable) {
    public ChairSpec {
        offTable = offTable == null ? new int[0] : offTable.clone();
    }

    /** A chair with every issue on the table. */
    public ChairSpec(String name, int[] agenda, boolean[] greenRoom, double[] openingText) {
        this(name, agenda, greenRoom, openingText, new int[0]);
    }
}
