package org.ministerial.model;

/**
 * What surrounds a meeting.
 *
 * @param precedent a meeting run first with the same seed, whose end state carries over to the actors, groups and
 *                  organisations the two share (see {@link Carryover}); null for none
 * @param bilateral a bilateral track opened after the meeting; null for none
 */
public record MeetingContext(NegotiationSpec precedent, BilateralTrack bilateral) implements java.io.Serializable {
    public static final MeetingContext NONE = new MeetingContext(null, null);
}
