package org.ministerial.scenario;

import org.ministerial.model.Calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

/** {@code calendar: {start, days, sessions_per_day}}: the days of the meeting and its sessions a day. */
public final class CalendarSection {
    /** The longest meeting and the most sessions a day a calendar may have (also what {@code import} accepts). */
    public static final int MAX_DAYS = 366, MAX_SESSIONS = 48;

    private CalendarSection() {
    }

    static Calendar read(Tree.Mapping root, Fields f) {
        Problems problems = f.problems();
        Tree.Mapping m = f.mapping(root.get("calendar"), "'calendar'");
        if (m == null) {
            problems.add(root.location(), "a scenario needs a 'calendar'");
            return null;
        }
        LocalDate start = LocalDate.of(2000, 1, 1);
        f.onlyKeys(m, "'calendar'", Set.of("start", "days", "sessions_per_day"));
        String s = f.required(m, "start", "the calendar");
        try {
            if (s != null) start = LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            problems.add(m.get("start").location(), "start '" + s + "' is not a date (YYYY-MM-DD)");
        }
        int before = problems.size();
        int days = f.integer(m, "days", 1, 1, MAX_DAYS), sessions = f.integer(m, "sessions_per_day", 1, 1, MAX_SESSIONS);
        // a refused length is no calendar: the events are then not measured against a stand-in of one day
        return problems.size() > before ? null : new Calendar(start, days, sessions);
    }
}
