package org.ministerial.cli;

import org.ministerial.model.Calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Names the session a round was held in the way the report tells a run: by its calendar date and its 1-based
 * session within the day ({@code Sat 13 Sep, session 2}), never by the 0-based round the files use for joins.
 * English whatever the locale, so reports read the same on every machine.
 */
final class SessionText {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_AND_YEAR = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private SessionText() {
    }

    /** The date and session of the day of a 0-based round, e.g. {@code Sat 13 Sep, session 2}. */
    static String of(Calendar calendar, int round) {
        return DAY.format(calendar.dateOf(round)) + ", session " + calendar.sessionOfDay(round);
    }

    /**
     * As {@link #of}, then which round of the meeting it is, counted from 1 as people count, e.g.
     * {@code Sun 14 Sep, session 2 (round 14 of 15)}.
     */
    static String ofMeeting(Calendar calendar, int round) {
        return of(calendar, round) + " (round " + (round + 1) + " of " + calendar.rounds() + ")";
    }

    /**
     * The whole calendar, e.g. {@code Wed 10 Sep 2003 to Sun 14 Sep 2003, 5 days of 3 sessions (15 sessions)}: as
     * many sessions as rounds, one round being held in each.
     */
    static String meeting(Calendar calendar) {
        LocalDate last = calendar.start().plusDays(calendar.days() - 1L);
        String days = calendar.days() == 1 ? DAY_AND_YEAR.format(calendar.start()) + ", 1 day"
                : DAY_AND_YEAR.format(calendar.start()) + " to " + DAY_AND_YEAR.format(last) + ", " + calendar.days()
                + " days";
        return days + " of " + plural(calendar.sessionsPerDay(), "session") + " (" + plural(calendar.rounds(),
                "session") + ")";
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
