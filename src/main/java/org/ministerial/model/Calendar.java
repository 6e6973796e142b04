package org.ministerial.model;

import java.time.LocalDate;

/**
 * The meeting's calendar: consecutive days with a fixed number of negotiating sessions each. One round of
 * negotiation (one MASON step) is held in each session, so a round's 0-based index names its session: the deadline
 * is the last round, held in the last session of the last day.
 *
 * @param start           first day
 * @param days            number of days, at least 1
 * @param sessionsPerDay  sessions per day, at least 1
 */
public record Calendar(LocalDate start, int days, int sessionsPerDay) implements java.io.Serializable {
    public Calendar {
        java.util.Objects.requireNonNull(start, "the calendar's first day");
        if (days < 1) throw new IllegalArgumentException("calendar needs at least one day");
        if (sessionsPerDay < 1) throw new IllegalArgumentException("calendar needs at least one session a day");
    }

    /** Total number of rounds T: one per session of the calendar. */
    public int rounds() {
        return days * sessionsPerDay;
    }

    /** 1-based day in which a 0-based round is held. */
    public int dayOf(int round) {
        return round / sessionsPerDay + 1;
    }

    /** 1-based session within its day in which a 0-based round is held. */
    public int sessionOfDay(int round) {
        return round % sessionsPerDay + 1;
    }

    /** Date on which a 0-based round is held. */
    public LocalDate dateOf(int round) {
        return start.plusDays(dayOf(round) - 1L);
    }

    /** 0-based round held in a 1-based day and session of the day. */
    public int roundOf(int day, int sessionOfDay) {
        return (day - 1) * sessionsPerDay + (sessionOfDay - 1);
    }

    /** Normalised time tau = t / (T - 1) of round t, 1 at the deadline; a one-round meeting is at its deadline. */
    public double tau(int round) {
        int last = rounds() - 1;
        return last == 0 ? 1.0 : (double) round / last;
    }

    /** A label of the session a round is held in, such as {@code 2003-09-13 s2 (day 4)}. */
    public String label(int round) {
        return dateOf(round) + " s" + sessionOfDay(round) + " (day " + dayOf(round) + ")";
    }
}
