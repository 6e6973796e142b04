package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The textbook scenario against values worked by hand (docs/ODD.md, "Textbook check").
 *
 * <p>Compromise text: tariffs = (0.5*0.5*0.2 + 0.25*0.5*1.0 + 0.25*0.5*0.6) / 0.5 = 0.5,
 * rules = (0.25*1.0 + 0.125*0.2 + 0.125*0.2) / 0.5 = 0.6.
 * Utilities of (0.5, 0.6): USA 0.65, BRA 0.55, IND 0.75; reservations U(0) + rho: 0.4, 0.42, 0.6.
 * Linear aspiration a = r + (1 - r)(1 - tau), tau = t / 5: USA accepts from t = 3 (a = 0.64),
 * BRA from t = 4 (a = 0.536; 0.652 at t = 3), IND from t = 4 (a = 0.68; 0.76 at t = 3).
 */
class TextbookTest {
    private static final Path TEXTBOOK = Path.of("scenarios/textbook.yaml");

    @Test
    void agreementInRoundFourOnTheCompromiseText() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(TEXTBOOK, Map.of()).spec();
        RunResult r = Negotiation.runToEnd(spec, 42);
        assertEquals(Outcome.AGREEMENT, r.outcome());
        assertEquals(4, r.endRound());
        assertEquals(1, r.endDay());
        assertEquals(5, r.endSessionOfDay());
        assertArrayEquals(new double[]{0.5, 0.6}, r.finalText(), 1e-12);
        assertEquals(0.65, r.actors().get(0).utility(), 1e-12);
        assertEquals(0.55, r.actors().get(1).utility(), 1e-12);
        assertEquals(0.75, r.actors().get(2).utility(), 1e-12);
        assertEquals(List.of(), r.rejecters());
    }

    @Test
    void acceptanceRoundsFollowTheAspirationCurves() throws Exception {
        RunResult r = Negotiation.runToEnd(ScenarioLoader.load(TEXTBOOK, Map.of()).spec(), 1);
        int[] accepting = r.rounds().stream().mapToInt(RoundRecord::accepting).toArray();
        assertArrayEquals(new int[]{0, 0, 0, 1, 3}, accepting);
    }

    @Test
    void indiaHoldingOutBreaksDownAtTheDeadlineOverRules() throws Exception {
        // With rho = 0.2 India needs 0.8 > 0.75 and never accepts; dropping 'rules' would give it
        // 1 - 0.5*0.1 - 0.5*0.2 = 0.85, dropping 'tariffs' only 0.5: its rejection hinges on rules.
        var scenario = ScenarioLoader.load(TEXTBOOK, Map.of("countries.entries.2.reservation", "0.2"));
        RunResult r = Negotiation.runToEnd(scenario.spec(), 7);
        assertEquals(Outcome.BREAKDOWN, r.outcome());
        assertEquals(5, r.endRound());
        assertEquals(List.of("IND"), r.rejecters());
        assertEquals(1, r.actors().get(2).hingeIssue());
        assertEquals(1, r.hingeIssue());
    }

    @Test
    void sameSeedSameRunDifferentSeedsStillValid() throws Exception {
        NegotiationSpec spec = ScenarioLoader.load(TEXTBOOK, Map.of("parameters.noise.position", "0.1")).spec();
        RunResult a = Negotiation.runToEnd(spec, 5), b = Negotiation.runToEnd(spec, 5);
        assertArrayEquals(a.finalText(), b.finalText());
        assertEquals(a.endRound(), b.endRound());
    }
}
