package org.ministerial.model;

import sim.engine.SimState;
import sim.engine.Steppable;

import java.util.List;

import static org.ministerial.model.Parameter.NGO_ENABLED;

/** Applies the timed events that fall on the current round. */
final class EventStep implements Steppable {
    private static final long serialVersionUID = 1L;
    private final List<TimedEvent> events;

    EventStep(List<TimedEvent> events) {
        this.events = events;
    }

    @Override
    public void step(SimState state) {
        Negotiation s = (Negotiation) state;
        s.revisedTextThisRound = false;
        for (TimedEvent e : events) {
            if (e.round() != s.round) continue;
            if (e instanceof TimedEvent.MobilisationShock shock) {
                if (!s.params.on(NGO_ENABLED)) continue;
                for (int j : s.spec().ngos().selectedBy(shock.filter()))
                    s.ngoField.shock(j, shock.size());
            } else if (e instanceof TimedEvent.RevisedText) {
                s.revisedTextThisRound = true;
            } else if (e instanceof TimedEvent.DropIssue drop) {
                s.chair.drop(drop.issue());
            } else if (e instanceof TimedEvent.NetworkSplit split) {
                s.ngoField.split(split.network(), split.loss());
            }
        }
    }
}
