package org.ministerial.gui;

import org.junit.jupiter.api.Test;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.model.RunResult;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The Console's clock reads as the calendar, and a calendar schedule steps a run exactly as MASON's own does. */
class CalendarScheduleTest {
    private static final String BEFORE = "At Start", AFTER = "At End";

    @Test
    void theClockShowsDayAndSessionThenHowTheMeetingEnded() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), Map.of()).spec();
        Negotiation model = new Negotiation(42, spec);
        model.schedule = new CalendarSchedule(model);
        model.start();
        assertEquals("before 2003-09-10 s1 (day 1)", model.schedule.getTimestamp(BEFORE, AFTER));
        model.schedule.step(model);
        assertEquals("2003-09-10 s1 (day 1)", model.schedule.getTimestamp(BEFORE, AFTER));
        model.schedule.step(model);
        assertEquals("2003-09-10 s2 (day 1)", model.schedule.getTimestamp(BEFORE, AFTER));
        while (model.schedule.step(model)) {
            // to the end: the textbook agrees in round 4, day 1 session 5 (TextbookTest)
        }
        assertEquals("agreement, day 1 s5", model.schedule.getTimestamp(BEFORE, AFTER));
    }

    @Test
    void aRunOnTheCalendarScheduleIsTheSameRun() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()).spec();
        Negotiation model = new Negotiation(9, spec);
        model.schedule = new CalendarSchedule(model);
        model.start();
        while (model.schedule.step(model)) {
            // one round per step
        }
        RunResult plain = Negotiation.runToEnd(spec, 9);
        assertEquals(plain.outcome(), model.result().outcome());
        assertEquals(plain.endRound(), model.result().endRound());
        assertArrayEquals(plain.finalText(), model.result().finalText());
    }

    @Test
    void aScheduleNeedsAModel() {
        assertThrows(IllegalArgumentException.class, () -> new CalendarSchedule(null));
    }
}
