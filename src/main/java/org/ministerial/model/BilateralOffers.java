package org.ministerial.model;

import java.util.ArrayList;
import java.util.List;

/** Resolves a {@link BilateralTrack} after the meeting. */
final class BilateralOffers {
    private BilateralOffers() {
    }

    static RunResult.BilateralResult resolve(Negotiation s, BilateralTrack track, double[] finalText) {
        int k = s.k, o = track.offerer();
        double[] offer = new double[k];
        System.arraycopy(s.actors.ideals(), o * k, offer, 0, k);
        double[] own = new double[k];
        boolean[] accepted = new boolean[s.n];
        for (int i = 0; i < s.n; i++) {
            if (i == o || !track.offered()[i]) continue;
            double regional;
            if (s.outcome == Outcome.FLEXIBLE && s.deal != null) {
                System.arraycopy(s.deal.commitments(), i * k, own, 0, k);
                regional = Utility.of(own, s.actors.ideals(), s.actors.saliences(), i * k, k);
            } else if (s.outcome == Outcome.AGREEMENT) {
                regional = Utility.of(finalText, s.actors.ideals(), s.actors.saliences(), i * k, k);
            } else {
                regional = Utility.ofStatusQuo(s.actors.ideals(), s.actors.saliences(), i * k, k);
            }
            double bilateral = Utility.of(offer, s.actors.ideals(), s.actors.saliences(), i * k, k) + track.access()[i];
            accepted[i] = bilateral > regional + 1e-12;
        }
        return new RunResult.BilateralResult(s.spec().actors().get(o).code(), track.offered().clone(), accepted);
    }

    /**
     * Coalitions without the members that took a bilateral deal; coalitions left with fewer than two vanish. A leader
     * that took one hands the lead to the strongest member left, as when a leader leaves during the meeting (7.7).
     */
    static List<RunResult.CoalitionResult> withoutDefectors(List<RunResult.CoalitionResult> coalitions,
                                                           RunResult.BilateralResult bilateral, NegotiationSpec spec) {
        List<RunResult.CoalitionResult> out = new ArrayList<>();
        for (RunResult.CoalitionResult c : coalitions) {
            List<RunResult.Member> kept = new ArrayList<>();
            for (RunResult.Member m : c.members())
                if (!bilateral.accepted()[spec.indexOfActor(m.code())]) kept.add(m);
            if (kept.size() < 2) continue;
            String leader = kept.stream().anyMatch(m -> m.code().equals(c.leader())) ? c.leader() : strongest(kept, spec);
            out.add(new RunResult.CoalitionResult(c.id(), leader, kept));
        }
        return out;
    }

    /** The member of highest capability, the first of equals in member order (as CoalitionDynamics chooses). */
    private static String strongest(List<RunResult.Member> members, NegotiationSpec spec) {
        String best = members.get(0).code();
        double most = spec.actors().get(spec.indexOfActor(best)).capability();
        for (RunResult.Member m : members) {
            double capability = spec.actors().get(spec.indexOfActor(m.code())).capability();
            if (capability > most) {
                best = m.code();
                most = capability;
            }
        }
        return best;
    }
}
