package org.ministerial.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import static org.ministerial.model.Parameter.COALITIONS_ENABLED;
import static org.ministerial.model.Parameter.NGO_ENABLED;

/** Records one {@link RoundRecord} per round. */
final class RoundLog implements Serializable {
    private static final long serialVersionUID = 1L;
    private final Negotiation model;
    private final List<RoundRecord> records = new ArrayList<>();
    private final double[] evaluated;
    /** The per-actor record, when the run is recorded ({@link ActorLog#runToEnd}); null otherwise. */
    private ActorLog actors;

    RoundLog(Negotiation model) {
        this.model = model;
        this.evaluated = new double[model.k];
    }

    /** Also records every actor, round by round, into {@code log}. */
    void attach(ActorLog log) {
        this.actors = log;
    }

    /** Keeps the text countries evaluated this round, before the chair revises it. */
    void noteEvaluatedText() {
        model.text.copyInto(evaluated);
    }

    void record() {
        Negotiation s = model;
        Calendar cal = s.spec().calendar();
        int k = s.k, present = 0, out = 0;
        double distance = 0;
        for (int i = 0; i < s.n; i++) {
            if (s.actors.walkedOut(i)) {
                out++;
                continue;
            }
            present++;
            for (int j = 0; j < k; j++)
                distance += s.actors.salience(i * k + j) * Math.abs(s.actors.stated(i * k + j) - evaluated[j]);
        }
        int count = 0, largest = 0, members = 0;
        if (s.coalitions != null && s.params.on(COALITIONS_ENABLED))
            for (Coalition c : s.coalitions.everFormed()) {
                if (!c.active()) continue;
                count++;
                members += c.size();
                largest = Math.max(largest, c.size());
            }
        double pressure = s.params.on(NGO_ENABLED) && s.m > 0 ? s.ngoField.totalPressure() : 0;
        records.add(new RoundRecord(s.round, cal.dayOf(s.round), cal.sessionOfDay(s.round), s.text.depthView(),
                s.acceptingCount(), present == 0 ? 0 : distance / present, s.meanMobilisation(), pressure, count,
                largest, members, out));
        if (actors != null) actors.record(s, evaluated);
    }

    List<RoundRecord> records() {
        return List.copyOf(records);
    }
}
