package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The decision rules and the chair's power to drop an issue, on the textbook scenario with India holding out
 * (rho0 = 0.2: it needs 0.8 and the text (0.5, 0.6) gives it 0.75; docs/ODD.md, "Textbook check"). The United
 * States accepts from round 3, Brazil from round 4.
 */
class RulesAndChairTest {
    @TempDir
    Path dir;

    private RunResult run(String rule, String parameters) throws Exception {
        String yaml = Files.readString(Path.of("scenarios/textbook.yaml"))
                .replace("decision_rule: {type: consensus}", "decision_rule: " + rule)
                .replace("    - {code: IND, name: India, capability: 0.25, reservation: 0,",
                        "    - {code: IND, name: India, capability: 0.25, reservation: 0.2,")
                .replace("  chair: {agenda_power: 1, mediation: 0, green_room_weight: 1, patience: 1000}",
                        "  chair: {agenda_power: 1, mediation: 0, green_room_weight: 1, patience: 1000" + parameters + "}");
        Path file = Files.createTempFile(dir, "textbook", ".yaml");
        Files.writeString(file, yaml);
        return Negotiation.runToEnd(ScenarioLoader.load(file, Map.of()).spec(), 1);
    }

    @Test
    void twoThirdsOfTheMembersAdoptWithoutIndia() throws Exception {
        // round 4: the United States and Brazil accept, 2 of 3 members >= 0.66 (a threshold of 0.667 would need
        // 2.001 of 3 votes and fail)
        RunResult r = run("{type: qualified_majority, threshold: 0.66}", "");
        assertEquals(Outcome.BREAKDOWN, run("{type: qualified_majority, threshold: 0.667}", "").outcome());
        assertEquals(Outcome.AGREEMENT, r.outcome());
        assertEquals(4, r.endRound());
        assertEquals(List.of("IND"), r.rejecters());
    }

    @Test
    void aCapabilityWeightedMajorityNeedsTheWeightItAsksFor() throws Exception {
        // the United States and Brazil hold 0.75 of the capability: enough for 0.7, not for 0.8 (deadline, round 5)
        assertEquals(Outcome.AGREEMENT, run("{type: qualified_majority, threshold: 0.7, weighted: true}", "").outcome());
        RunResult r = run("{type: qualified_majority, threshold: 0.8, weighted: true}", "");
        assertEquals(Outcome.BREAKDOWN, r.outcome());
        assertEquals(5, r.endRound());
    }

    @Test
    void theChairDropsTheIssueIndiasRejectionHingesOn() throws Exception {
        // round 4: India's aspiration is 0.8 + 0.2 x 0.2 = 0.84; dropping rules (text to 0) gives it
        // 1 - 0.5 x 0.1 - 0.5 x 0.2 = 0.85, so rules turns its rejection, and its salience there (0.5) is above
        // drop_salience; but without rules the United States gets 1 - 0.5 x 0.3 - 0.5 x 1.0 = 0.35, below its
        // reservation of 0.4, and the meeting fails at the deadline over what was dropped
        RunResult dropped = run("{type: consensus}", ", drop_issues: true, drop_from: 0, drop_salience: 0.25");
        assertTrue(dropped.dropped()[1], "rules dropped");
        assertEquals(4, dropped.droppedRound()[1], "in round 4, the first in which dropping it turns India");
        assertEquals(0, dropped.finalText()[1]);
        assertTrue(dropped.actors().get(2).accepted(), "India accepts the text without rules");
        assertFalse(dropped.actors().get(0).accepted(), "the United States does not");
        // India's salience on rules (0.5) is below a drop_salience of 0.6: the chair keeps the issue
        RunResult kept = run("{type: consensus}", ", drop_issues: true, drop_from: 0, drop_salience: 0.6");
        assertFalse(kept.dropped()[1]);
        assertEquals(-1, kept.droppedRound()[1]);
    }

    @Test
    void theOpeningDraftIsTheWholeCompromiseWhateverTheAgendaDecay() throws Exception {
        // the compromise of the textbook's opening positions is (0.5, 0.6) (TextbookTest); with the agenda decaying
        // by half per position the chair still drafts 'rules', second on the agenda, at 0.6, not at 0.6 x 0.5
        Negotiation model = new Negotiation(1, ScenarioLoader.load(Path.of("scenarios/textbook.yaml"),
                Map.of("parameters.chair.agenda_decay", "0.5")).spec());
        model.start();
        assertEquals(0.5, model.text()[0], 1e-12);
        assertEquals(0.6, model.text()[1], 1e-12);
        model.finish();
    }

    @Test
    void theResultSaysWhenEachIssueLeftTheTable() throws Exception {
        // tariffs off the table before the meeting (session 0), rules dropped by a scripted event in day 1, session 3
        RunResult r = Negotiation.runToEnd(ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), Map.of(
                "chair.off_table", "[tariffs]",
                "events", "[{day: 1, session: 3, type: drop_issue, issue: rules, label: rules dropped}]")).spec(), 1);
        assertEquals(0, r.droppedRound()[0]);
        assertEquals(2, r.droppedRound()[1]);
    }
}
