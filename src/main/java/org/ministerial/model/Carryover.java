package org.ministerial.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a precedent meeting leaves to the next one, for the actors, issues and organisations the two share
 * (docs/ODD.md 7.10):
 * <ul>
 *   <li>ideal points moved by pressure during the precedent: the shift from the precedent's start is added, clamped to
 *   [0,1], on the issue of the next meeting that the scenario's issue map ({@link MeetingContext#precedentIssues})
 *   names as the same question; an issue nothing maps onto carries nothing, whatever its id;</li>
 *   <li>reservations raised by pressure (rho at the end minus rho at the start): the domestic constraint a government
 *   brings home from one table to the next (Putnam 1988, the win-set shrunk by mobilised constituencies);</li>
 *   <li>coalition ties: each emergent coalition active at the end of the precedent, over its members present in the
 *   next meeting (two or more), becomes a pre-existing group of the next meeting, {@code PRECEDENT-<id>}, marked as a
 *   recruiting tie: the form the coalition code reads for customs unions and standing issue coalitions, so the
 *   group gives its members reach to each other, affinity and a place in the network of ties when leaders are
 *   chosen (7.7), and nothing more: it is not a coalition at the start, it must re-form in the new room;</li>
 *   <li>NGO mobilisation: an organisation with the same id starts where it ended.</li>
 * </ul>
 */
final class Carryover {
    /**
     * The coalition code holds each actor's groups as one bit set of {@link Long#SIZE} bits, so a meeting can have
     * at most that many pre-existing groups; carried groups beyond it are left out, the smallest first.
     */
    static final int MAX_GROUPS = Long.SIZE;

    private Carryover() {
    }

    /** The next spec adjusted by the finished precedent, and the organisations' starting mobilisation. */
    static Negotiation prepare(Negotiation done, NegotiationSpec next, long seed) {
        NegotiationSpec before = done.spec();
        int[] source = next.context().precedentIssues().sources(before, next);
        List<ActorSpec> actors = new ArrayList<>();
        for (ActorSpec a : next.actors()) {
            int i = before.indexOfActor(a.code());
            if (i < 0) {
                actors.add(a);
                continue;
            }
            double[] ideal = a.ideal().clone();
            for (int k = 0; k < ideal.length; k++) {
                int j = source[k];
                if (j < 0) continue;
                double shift = done.actors.ideal(i * done.k + j) - done.actors.ideal0(i * done.k + j);
                ideal[k] = Math.min(1, Math.max(0, ideal[k] + shift));
            }
            double reservation = a.reservationSlack() + done.actors.rho(i) - done.actors.rho0(i);
            actors.add(new ActorSpec(a.code(), a.name(), a.capability(), ideal, a.salience(), reservation,
                    a.concessionExponent(), a.responsiveness(), a.members(), a.developmentStatus(), a.north()));
        }
        List<GroupSpec> groups = new ArrayList<>(next.groups());
        groups.addAll(carriedCoalitions(done, next, MAX_GROUPS - next.groups().size()));
        NegotiationSpec adjusted = next.toBuilder().actors(actors).groups(groups).build();
        Negotiation model = new Negotiation(seed, adjusted);
        double[] start = new double[next.ngos().size()];
        Organisations earlier = before.ngos();
        for (int j = 0; j < start.length; j++) {
            int b = earlier.indexOfId(next.ngos().get(j).id());
            start[j] = b < 0 ? Double.NaN : done.mobilisationOf(b);
        }
        model.startMobilisation = start;
        model.precedentResult = done.result();
        return model;
    }

    /**
     * The precedent's emergent coalitions as tie groups of the next meeting, over their members present in it (by
     * code), in the precedent's order; when more than {@code room} qualify, the ones with most members present.
     */
    private static List<GroupSpec> carriedCoalitions(Negotiation done, NegotiationSpec next, int room) {
        List<GroupSpec> out = new ArrayList<>();
        if (done.coalitions == null) return out;
        NegotiationSpec before = done.spec();
        for (Coalition c : done.coalitions.active()) {
            List<Integer> shared = new ArrayList<>();
            for (int member : c.memberView()) {
                int at = next.indexOfActor(before.actors().get(member).code());
                if (at >= 0) shared.add(at);
            }
            if (shared.size() >= 2)
                out.add(new GroupSpec("PRECEDENT-" + c.id(), "Formed at " + before.name() + ": " + c.id(),
                        shared.stream().mapToInt(Integer::intValue).toArray(), true));
        }
        if (out.size() <= Math.max(0, room)) return out;
        List<GroupSpec> kept = new ArrayList<>(out);
        kept.sort(Comparator.comparingInt((GroupSpec g) -> -g.members().length));
        kept = kept.subList(0, Math.max(0, room));
        List<GroupSpec> inOrder = new ArrayList<>();
        for (GroupSpec g : out) if (kept.contains(g)) inOrder.add(g);
        return inOrder;
    }
}
