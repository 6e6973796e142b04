package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The story {@code ministerial run} tells, on the textbook scenario, whose runs are worked by hand in docs/ODD.md
 * ("Textbook check"): one day, Wednesday 10 September 2003, of six sessions; text (0.5, 0.6); agreement in the fifth
 * session; with India's rho0 = 0.2 it never accepts, its rejection hinging on New rules, and with a country
 * patience of 0.12 it walks out in the third session (frustration 0.05 a session).
 */
class RunReportTest {
    private static final String TEXTBOOK = "scenarios/textbook.yaml";
    private static final String INDIA_HOLDS_OUT = "countries.entries.2.reservation=0.2";

    @TempDir
    Path tmp;
    private int runs;

    private List<String> report(String... settings) {
        List<String> args = new ArrayList<>(List.of("run", TEXTBOOK, "--out", tmp.resolve("run" + runs++).toString()));
        for (String s : settings) args.addAll(List.of("--set", s));
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run(args.toArray(String[]::new)), cli.err.toString());
        return cli.out.toString().lines().toList();
    }

    private static void assertLine(List<String> report, String regex) {
        assertTrue(report.stream().anyMatch(l -> l.matches(regex)), "no line matching " + regex + " in\n"
                + String.join("\n", report));
    }

    @Test
    void anAgreementIsToldByDateAndSessionWithTheMeetingItsChairAndItsRule() {
        List<String> r = report();
        assertLine(r, "calendar: Wed 10 Sep 2003, 1 day of 6 sessions \\(6 sessions\\)");
        assertLine(r, "chair: Textbook chair");
        assertLine(r, "decision rule: consensus: every government must accept the whole text.*one walk-out ends.*");
        assertLine(r, "what happened: no scenario events, walk-outs or dropped issues");
        assertLine(r, "outcome: agreement");
        assertLine(r, "ended: Wed 10 Sep, session 5 \\(round 5 of 6\\): the text was adopted.*");
        assertLine(r, "  Tariff cuts +0\\.50 +0\\.50");
        assertLine(r, "  New rules +0\\.60 +0\\.60");
        assertLine(r, "rejected the final text: nobody");
        // the one round people read is the place in the meeting, counted from 1 ("round 5 of 6")
        assertFalse(r.stream().anyMatch(l -> l.replaceAll("\\(round \\d+ of \\d+\\)", "").contains("round")
                        || l.contains("tariffs")),
                "no 0-based rounds and no issue ids in the story:\n" + String.join("\n", r));
    }

    @Test
    void aWalkOutIsDatedAndEndsTheStoryWithEventsInTheOrderTheyHappened() {
        List<String> r = report(INDIA_HOLDS_OUT, "parameters.country.patience=0.12",
                "events=[{day: 1, session: 2, type: revised_text, label: Revised draft},"
                        + " {day: 1, session: 5, type: drop_issue, issue: rules, label: Rules off the table}]");
        int revised = r.indexOf("  Wed 10 Sep, session 2: Revised draft");
        int walkout = r.indexOf("  Wed 10 Sep, session 3: India (IND) walked out");
        assertTrue(revised > r.indexOf("what happened:") && walkout > revised, String.join("\n", r));
        int notReached = r.indexOf("not reached (scheduled after the end):");
        assertTrue(notReached > walkout, String.join("\n", r));
        assertEquals("  Wed 10 Sep, session 5: Rules off the table", r.get(notReached + 1));
        assertLine(r, "ended: Wed 10 Sep, session 3 \\(round 3 of 6\\): India \\(IND\\) walked out, which ends "
                + "the meeting under this rule");
        assertLine(r, "  \\d+ over New rules: (.* )?IND \\(walked out Wed 10 Sep, session 3\\)( .*)?");
    }

    @Test
    void theChairsDropAndAQualifiedMajorityAreToldByName() {
        // dropping rules turns India first in session 4 (0-based; aspiration 0.84 <= 0.85), and without rules the
        // United States falls below its reservation: breakdown at the deadline (RulesAndChairTest)
        List<String> dropped = report(INDIA_HOLDS_OUT, "parameters.chair.drop_issues=true",
                "parameters.chair.drop_from=0", "parameters.chair.drop_salience=0.25");
        assertLine(dropped, "  Wed 10 Sep, session 5: the chair dropped New rules.*");
        assertLine(dropped, "  New rules +0\\.00 +0\\.60  dropped Wed 10 Sep, session 5");
        assertLine(dropped, "ended: Wed 10 Sep, session 6 \\(round 6 of 6\\): the deadline came without a text.*");
        assertLine(dropped, "walk-outs: none");
        // two of three members accept from session 4 (0-based): India is outvoted
        List<String> outvoted = report(INDIA_HOLDS_OUT, "decision_rule={type: qualified_majority, threshold: 0.66}");
        assertLine(outvoted, "decision rule: qualified majority: 66% of the members must accept the text.*");
        assertLine(outvoted, "ended: Wed 10 Sep, session 5 \\(round 5 of 6\\): the text was adopted.*");
        assertLine(outvoted, "rejected the final text: 1 of 3 governments.*");
        assertLine(outvoted, "  1 over New rules: IND");
    }
}
