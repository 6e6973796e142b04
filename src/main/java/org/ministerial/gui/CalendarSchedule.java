package org.ministerial.gui;

import org.ministerial.model.Calendar;
import org.ministerial.model.Negotiation;
import org.ministerial.model.RoundRecord;
import sim.engine.Schedule;

import java.util.List;

/**
 * A schedule whose timestamps read as the meeting's calendar, so the Console's clock shows
 * {@code 2003-09-13 s2 (day 4)} instead of a bare step count. MASON's Console labels its clock with
 * {@link Schedule#getTimestamp(double, String, String)}, which MASON leaves open to overriding for exactly this;
 * stepping is untouched, so runs are the same as on a plain schedule.
 *
 * <p>Step {@code t} is round {@code t} (0-based). After the last round the clock says how and when the meeting
 * ended, e.g. {@code breakdown, day 4 s1} (the Console's clock has room for about twenty characters). The schedule
 * travels with the model in checkpoints.
 */
public final class CalendarSchedule extends Schedule {
    private static final long serialVersionUID = 1L;
    private final Negotiation model;

    /** A schedule for this model; install it before the model starts. */
    public CalendarSchedule(Negotiation model) {
        if (model == null) throw new IllegalArgumentException("model is null");
        this.model = model;
    }

    @Override
    public String getTimestamp(double time, String beforeSimulationString, String afterSimulationString) {
        if (model.getSpec() == null) return super.getTimestamp(time, beforeSimulationString, afterSimulationString);
        Calendar calendar = model.getSpec().calendar();
        if (time < EPOCH) return "before " + calendar.label(0);
        if (time >= AFTER_SIMULATION) return ended(calendar, afterSimulationString);
        int round = (int) Math.min(Math.max(0, time), calendar.rounds() - 1);
        return calendar.label(round);
    }

    private String ended(Calendar calendar, String otherwise) {
        if (!model.isFinished()) return otherwise;
        List<RoundRecord> rounds = model.rounds();
        if (rounds.isEmpty()) return otherwise;
        int last = rounds.get(rounds.size() - 1).round();
        return model.result().outcome().label() + ", day " + calendar.dayOf(last) + " s" + calendar.sessionOfDay(last);
    }
}
