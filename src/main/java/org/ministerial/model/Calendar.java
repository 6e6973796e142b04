package org.ministerial.model;

import java.time.LocalDate;

/**
 * The meeting's calendar: consecutive days with a fixed number of negotiating sessions each. One MASON step is one
 * session; the deadline is the last session of the last day.
 *
 * @param start           first day
 * @param days            number of days, at least 1
 * @param sessionsPerDay  sessions per day, at least 1
 */
public record Calendar(LocalDate start, int days, int sessionsPerDay) implements java.io.Serializable {
    public Calendar {
        if (days < 1) throw new IllegalArgumentException("calendar needs at least one day");
        if (sessionsPerDay < 1) throw new IllegalArgumentException("calendar needs at least one session a day");
    }

    /** Total number of sessions T. */
    public int sessions() {
        return days * sessionsPerDay;
    }

    /** 1-based day of a 0-based session index. */
    public int dayOf(int session) {
        return session / sessionsPerDay + 1;
    }

    /** 1-based session within its day. */
    public int sessionOfDay(int session) {
        return session % sessionsPerDay + 1;
    }

    public LocalDate dateOf(int session) {
        return start.plusDays(dayOf(session) - 1L);
    }

    /** 0-based session index of a 1-based day and session. */
    public int sessionIndex(int day, int sessionOfDay) {
        return (day - 1) * sessionsPerDay + (sessionOfDay - 1);
    }

    /** Normalised time tau = t / (T - 1), 1 at the deadline; a one-session meeting is always at its deadline. */
    public double tau(int session) {
        int last = sessions() - 1;
        return last == 0 ? 1.0 : (double) session / last;
    }

    /** A label such as {@code 2003-09-13 s2 (day 4)}. */
    public String label(int session) {
        return dateOf(session) + " s" + sessionOfDay(session) + " (day " + dayOf(session) + ")";
    }
}
