package org.ministerial.cli;

import org.ministerial.model.ActorSpec;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.Parameter;
import org.ministerial.model.RunResult;
import org.ministerial.model.TimedEvent;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What happened in a run, in the order it happened: the scenario's events up to the round that ended the meeting,
 * the walk-outs and the issues the chair dropped. Within a round, entries follow the model's schedule (events,
 * then governments, then the chair), so the account reads as the round ran.
 *
 * @param happened entries up to and including the last round
 * @param notReached scenario events scheduled after the meeting had ended
 */
record RunTimeline(List<Entry> happened, List<Entry> notReached) {
    private static final int EVENTS = 0, GOVERNMENTS = 1, CHAIR = 2;

    /**
     * @param round 0-based round
     * @param order its place within the round: events, governments, chair
     * @param text    what happened
     */
    record Entry(int round, int order, String text) {
    }

    static RunTimeline of(NegotiationSpec spec, RunResult r) {
        List<Entry> happened = new ArrayList<>(), notReached = new ArrayList<>();
        for (TimedEvent e : spec.events()) {
            String effect = e instanceof TimedEvent.MobilisationShock && !spec.parameters().on(Parameter.NGO_ENABLED)
                    ? " (no effect: NGOs disabled)" : "";
            (e.round() <= r.endRound() ? happened : notReached).add(new Entry(e.round(), EVENTS,
                    e.label() + effect));
        }
        for (int i = 0; i < r.actors().size(); i++) {
            int at = r.actors().get(i).walkoutRound();
            if (at >= 0) happened.add(new Entry(at, GOVERNMENTS, name(spec.actors().get(i)) + " walked out"));
        }
        int[] dropped = r.droppedRound();
        if (dropped != null)
            for (int j = 0; j < dropped.length; j++)
                if (dropped[j] >= 0 && !offTable(spec, j) && !scriptedDrop(spec, j, dropped[j]))
                    happened.add(new Entry(dropped[j], CHAIR, "the chair dropped " + spec.issues().get(j).name()
                            + " (held at the status quo from then on)"));
        Comparator<Entry> chronological = Comparator.comparingInt(Entry::round).thenComparingInt(Entry::order);
        happened.sort(chronological);
        notReached.sort(chronological);
        return new RunTimeline(List.copyOf(happened), List.copyOf(notReached));
    }

    /** {@code India (IND)}, or the code alone when the scenario gives no other name. */
    static String name(ActorSpec actor) {
        return actor.name() == null || actor.name().isBlank() || actor.name().equals(actor.code()) ? actor.code()
                : actor.name() + " (" + actor.code() + ")";
    }

    static boolean offTable(NegotiationSpec spec, int issue) {
        for (int j : spec.chair().offTable()) if (j == issue) return true;
        return false;
    }

    /** Whether a scenario event dropped the issue in that round (the event's own label then tells it). */
    private static boolean scriptedDrop(NegotiationSpec spec, int issue, int round) {
        for (TimedEvent e : spec.events())
            if (e instanceof TimedEvent.DropIssue d && d.issue() == issue && d.round() == round) return true;
        return false;
    }
}
