package org.ministerial.model;

/**
 * What surrounds a meeting.
 *
 * @param precedent       a meeting run first with the same seed, whose end state carries over to the actors, groups
 *                        and organisations the two share (see {@link Carryover}); null for none
 * @param precedentIssues which of the precedent's issues are which of this meeting's: the only issues on which the
 *                        precedent's shifts carry ({@link IssueMap#NONE}: none)
 * @param bilateral       a bilateral track opened after the meeting; null for none. Its offerer's existing
 *                        free-trade partners (those it makes no offer to) also count in the two-tier deal, as
 *                        already bearing the offerer's add-ons ({@link TwoTierDeal})
 */
public record MeetingContext(NegotiationSpec precedent, IssueMap precedentIssues, BilateralTrack bilateral)
        implements java.io.Serializable {
    public static final MeetingContext NONE = new MeetingContext(null, IssueMap.NONE, null);

    public MeetingContext {
        precedentIssues = precedentIssues == null ? IssueMap.NONE : precedentIssues;
    }

    /** A context whose precedent shares no issue with this meeting (only actors, groups and organisations carry). */
    public MeetingContext(NegotiationSpec precedent, BilateralTrack bilateral) {
        this(precedent, IssueMap.NONE, bilateral);
    }

    /** The same context with another spec of the same precedent (its inputs drawn for one run). */
    public MeetingContext withPrecedent(NegotiationSpec drawn) {
        return new MeetingContext(drawn, precedentIssues, bilateral);
    }

    /** The same context with the bilateral track's access values of one input draw (none without a track). */
    public MeetingContext withBilateralAccess(double[] access) {
        return bilateral == null ? this : new MeetingContext(precedent, precedentIssues, bilateral.withAccess(access));
    }
}
