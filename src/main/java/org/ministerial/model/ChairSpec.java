package org.ministerial.model;

/**
 * The chair of the meeting.
 *
 * @param name        who chairs (for display)
 * @param agenda      issue indices in the order the chair takes them
 * @param greenRoom   per actor, whether it is invited to the green room
 * @param openingText the draft tabled at the first session, or null to open with the compromise of opening positions
 */
public record ChairSpec(String name, int[] agenda, boolean[] greenRoom, double[] openingText) implements java.io.Serializable {
}
