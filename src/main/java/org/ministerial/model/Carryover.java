package org.ministerial.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What a precedent meeting leaves to the next one, for the actors, issues and organisations the two share:
 * <ul>
 *   <li>ideal points and reservations moved by pressure during the precedent (the shift from the precedent's start
 *   is added on every issue with the same id, clamped to [0,1]);</li>
 *   <li>coalition ties: each emergent coalition active at the end of the precedent becomes a pre-existing group of
 *   the next meeting, {@code PRECEDENT-<id>}, marked as a recruiting tie, over its shared members;</li>
 *   <li>NGO mobilisation: an organisation with the same id starts where it ended.</li>
 * </ul>
 */
final class Carryover {
    private Carryover() {
    }

    /** The next spec adjusted by the finished precedent, and the organisations' starting mobilisation. */
    static Negotiation prepare(Negotiation done, NegotiationSpec next, long seed) {
        NegotiationSpec before = done.spec();
        List<ActorSpec> actors = new ArrayList<>();
        for (ActorSpec a : next.actors()) {
            int i = before.indexOfActor(a.code());
            if (i < 0) {
                actors.add(a);
                continue;
            }
            double[] ideal = a.ideal().clone();
            for (int k = 0; k < next.issues().size(); k++) {
                int j = before.indexOfIssue(next.issues().get(k).id());
                if (j < 0) continue;
                double shift = done.ideal[i * done.k + j] - done.ideal0[i * done.k + j];
                ideal[k] = Math.min(1, Math.max(0, ideal[k] + shift));
            }
            double reservation = a.reservationSlack() + done.rho[i] - done.rho0[i];
            actors.add(new ActorSpec(a.code(), a.name(), a.capability(), ideal, a.salience(), reservation,
                    a.concessionExponent(), a.responsiveness(), a.members(), a.developmentStatus(), a.north()));
        }
        List<GroupSpec> groups = new ArrayList<>(next.groups());
        if (done.coalitions != null)
            for (Coalition c : done.coalitions.active()) {
                List<Integer> shared = new ArrayList<>();
                for (int member : c.members) {
                    int at = next.indexOfActor(before.actors().get(member).code());
                    if (at >= 0) shared.add(at);
                }
                if (shared.size() >= 2)
                    groups.add(new GroupSpec("PRECEDENT-" + c.id(), "Formed at " + before.name() + ": " + c.id(),
                            shared.stream().mapToInt(Integer::intValue).toArray(), true));
            }
        NegotiationSpec adjusted = new NegotiationSpec(next.name(), next.issues(), actors, groups, next.networks(),
                next.ngos(), next.chair(), next.calendar(), next.events(), next.rule(), next.parameters(),
                next.references(), next.context(), next.inputs());
        Negotiation model = new Negotiation(seed, adjusted);
        double[] start = new double[next.ngos().size()];
        Organisations earlier = before.organisations();
        for (int j = 0; j < start.length; j++) {
            int b = earlier.indexOfId(next.ngos().get(j).id());
            start[j] = b < 0 ? Double.NaN : done.mobilisation[b];
        }
        model.startMobilisation = start;
        model.precedentResult = done.result();
        return model;
    }
}
