package org.ministerial.model;

import java.util.List;
import java.util.Map;

/**
 * How one run ended.
 *
 * @param outcome         agreement, breakdown or flexible
 * @param endRound        0-based round in which it ended
 * @param endDay          1-based day
 * @param endSessionOfDay 1-based session within that day in which that round was held
 * @param finalText       the text evaluated in the last round, per issue
 * @param dropped         per issue, whether the chair had dropped it
 * @param droppedRound    per issue, the 0-based round in which the chair dropped it (0 for an issue off the table
 *                        from the start), -1 if it stayed; null when not recorded
 * @param actors          per actor: utility, reservation, acceptance and the issue its rejection hinges on
 * @param hingeIssue      the issue whose return to the status quo would turn the most rejections, or -1
 * @param coalitions      emergent coalitions active at the end
 * @param rounds          one record per round
 * @param metrics         named summary metrics, in a stable order
 * @param deal            under a two-tier rule that reached the deadline, the common core and the commitments;
 *                        otherwise null
 * @param bilateral       the bilateral track after the meeting, or null when there is none
 */
public record RunResult(Outcome outcome, int endRound, int endDay, int endSessionOfDay, double[] finalText,
                        boolean[] dropped, int[] droppedRound, List<ActorResult> actors, int hingeIssue,
                        List<CoalitionResult> coalitions, List<RoundRecord> rounds, Map<String, Double> metrics,
                        TwoTierDeal deal, BilateralResult bilateral) {
    /** @throws IllegalArgumentException if the per-issue arrays differ in length */
    public RunResult {
        finalText = finalText.clone();
        dropped = dropped.clone();
        droppedRound = droppedRound == null ? null : droppedRound.clone();
        if (dropped.length != finalText.length || droppedRound != null && droppedRound.length != finalText.length)
            throw new IllegalArgumentException("the final text, the dropped flags and the rounds dropped must have "
                    + "one value per issue");
        actors = List.copyOf(actors);
        coalitions = List.copyOf(coalitions);
        rounds = List.copyOf(rounds);
        metrics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metrics));
    }

    /** A result without a two-tier deal or bilateral track. */
    public RunResult(Outcome outcome, int endRound, int endDay, int endSessionOfDay, double[] finalText,
                     boolean[] dropped, List<ActorResult> actors, int hingeIssue, List<CoalitionResult> coalitions,
                     List<RoundRecord> rounds, Map<String, Double> metrics) {
        this(outcome, endRound, endDay, endSessionOfDay, finalText, dropped, null, actors, hingeIssue, coalitions,
                rounds, metrics, null, null);
    }

    /**
     * @param offerer  code of the offering actor
     * @param offered  per actor (in actor order), whether it received an offer
     * @param accepted per actor, whether it accepted the offer; false for the offerer
     */
    public record BilateralResult(String offerer, boolean[] offered, boolean[] accepted) {
        /** @throws IllegalArgumentException if the arrays differ in length */
        public BilateralResult {
            offered = offered.clone();
            accepted = accepted.clone();
            if (offered.length != accepted.length)
                throw new IllegalArgumentException("one offer and one answer per actor");
        }

        public int acceptances() {
            int c = 0;
            for (boolean a : accepted) if (a) c++;
            return c;
        }
    }

    /**
     * @param code           actor code
     * @param utility        utility of the final text
     * @param reservation    reservation utility at the end
     * @param accepted       whether it accepted the final text
     * @param walkedOut      whether it left the meeting
     * @param walkoutRound   the 0-based round in which it walked out, or -1
     * @param hingeIssue     for a rejecting actor, the issue whose removal would help it most; -1 otherwise
     */
    public record ActorResult(String code, double utility, double reservation, boolean accepted, boolean walkedOut,
                              int walkoutRound, int hingeIssue) {
    }

    /**
     * @param id      coalition identifier
     * @param leader  code of its leader
     * @param members member codes with the round in which each joined
     */
    public record CoalitionResult(String id, String leader, List<Member> members) {
        public CoalitionResult {
            members = List.copyOf(members);
        }

        public boolean contains(String code) {
            for (Member m : members) if (m.code().equals(code)) return true;
            return false;
        }
    }

    public record Member(String code, int joinedRound) {
    }

    /** Emergent coalitions with at least one member that rejected the final text. */
    public List<String> rejectingCoalitions() {
        java.util.Set<String> rejecting = new java.util.HashSet<>(rejecters());
        return coalitions.stream().filter(c -> c.members().stream().anyMatch(m -> rejecting.contains(m.code())))
                .map(CoalitionResult::id).toList();
    }

    /** Codes of the actors that rejected the final text (or had walked out). */
    public List<String> rejecters() {
        return actors.stream().filter(a -> !a.accepted()).map(ActorResult::code).toList();
    }
}
