package org.ministerial.cli;

import org.ministerial.model.Calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Names a session the way the report tells a run: by its calendar date and its 1-based session within the day
 * ({@code Sat 13 Sep, session 2}), never by the 0-based index the files use for joins. English whatever the
 * locale, so reports read the same on every machine.
 */
final class SessionText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private SessionText() {
    }

    /** The date and session of a 0-based session, e.g. {@code Sat 13 Sep, session 2}. */
    static String of(Calendar calendar, int session) {
        return DAY.format(calendar.dateOf(session)) + ", session " + calendar.sessionOfDay(session);
    }

    /**
     * As {@link #of}, then where it falls in the whole meeting (1-based), e.g.
     * {@code Sun 14 Sep, session 2 (session 14 of 15)}.
     */
    static String ofMeeting(Calendar calendar, int session) {
        return of(calendar, session) + " (session " + (session + 1) + " of " + calendar.sessions() + ")";
    }

    /** The whole calendar, e.g. {@code Wed 10 Sep 2003 to Sun 14 Sep 2003, 5 days of 3 sessions (15 sessions)}. */
    static String meeting(Calendar calendar) {
        LocalDate last = calendar.start().plusDays(calendar.days() - 1L);
        String days = calendar.days() == 1 ? DAY_AND_YEAR.format(calendar.start()) + ", 1 day"
                : DAY_AND_YEAR.format(calendar.start()) + " to " + DAY_AND_YEAR.format(last) + ", " + calendar.days()
                + " days";
        return days + " of " + plural(calendar.sessionsPerDay(), "session") + " (" + plural(calendar.sessions(),
                "session") + ")";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
