package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The endgame on the textbook scenario, worked by hand (docs/ODD.md 7.3-7.5). With India's rho0 = 0.2 it needs 0.8
 * and the compromise text gives it 0.75; with no mediation (m = 0) its prior expects no progress, so every round it
 * expects 0.75 by the deadline: a shortfall of 0.05 a round, and it is the one delegation that doubts.
 */
class EndgameTest {
    private static final Path TEXTBOOK = Path.of("scenarios/textbook.yaml");

    private static RunResult run(String... overrides) throws Exception {
        Map<String, String> set = new HashMap<>();
        set.put("countries.entries.2.reservation", "0.2");
        for (int i = 0; i < overrides.length; i += 2) set.put(overrides[i], overrides[i + 1]);
        return Negotiation.runToEnd(ScenarioLoader.load(TEXTBOOK, set).spec(), 7);
    }

    @Test
    void aChairClosesAStalledMeetingOncePatienceRunsOut() throws Exception {
        // India doubts from round 0, and the count of doubters never falls (best pace 0): the chair closes after
        // chair.patience rounds without progress, before the deadline at round 5
        RunResult r = run("parameters.chair.patience", "3");
        assertEquals(Outcome.BREAKDOWN, r.outcome());
        assertEquals(3, r.endRound());
        assertEquals(1.0, r.metrics().get("closed_by_chair"));
        assertEquals(0.0, r.metrics().get("walkouts"));
        RunResult later = run("parameters.chair.patience", "4");
        assertEquals(4, later.endRound());
        RunResult never = run();
        assertEquals(5, never.endRound(), "the scenario's chair waits for the deadline");
        assertEquals(0.0, never.metrics().get("closed_by_chair"));
    }

    @Test
    void frustrationAccumulatesUntilPatienceRunsOut() throws Exception {
        // F = 0.05 after round 0, 0.10 after round 1, 0.15 after round 2: a patience of 0.12 is exhausted in
        // round 2, and under consensus India's walk-out ends the meeting there
        RunResult r = run("parameters.country.patience", "0.12");
        assertEquals(Outcome.BREAKDOWN, r.outcome());
        assertEquals(2, r.endRound());
        assertEquals(1.0, r.metrics().get("walkouts"));
        assertTrue(r.actors().get(2).walkedOut());
        assertEquals(2, r.actors().get(2).walkoutRound(), "the result says when India walked out");
        assertEquals(-1, r.actors().get(0).walkoutRound(), "and that the United States stayed");
        // F = 0.20 after round 3 < 0.22 <= 0.25 after round 4
        RunResult later = run("parameters.country.patience", "0.22");
        assertEquals(4, later.endRound());
        assertEquals(4, later.actors().get(2).walkoutRound());
    }

    @Test
    void aGovernmentThatExpectsMediationWaitsLonger() throws Exception {
        // with m = 0.3 the prior pace expects most of the gap closed while rounds remain: India's frustration
        // starts later than with m = 0 (both under a patience that would end the meeting in round 2 without it)
        RunResult hopeless = run("parameters.country.patience", "0.12");
        RunResult hopeful = run("parameters.country.patience", "0.12", "parameters.chair.mediation", "0.3");
        assertTrue(hopeful.endRound() > hopeless.endRound(),
                hopeful.endRound() + " should be later than " + hopeless.endRound());
    }

    @Test
    void aBoulwareGovernmentKeepsItsConcessionsForTheDeadline() throws Exception {
        // lambda 0.5 on India's less salient issue (rules): over 6 rounds (tau = t / 5) the first round's share is
        // g = 5 x 0.2^(1/e): 0.2 for a Boulware India (e = 0.5), 5 x 0.447 = 2.24 (capped at a full step) for a
        // conceder (e = 2)
        double boulware = firstSessionConcession("0.5"), conceder = firstSessionConcession("2");
        assertTrue(boulware < 0.3 * conceder, "Boulware " + boulware + " vs conceder " + conceder);
    }

    private static double firstSessionConcession(String exponent) throws Exception {
        Map<String, String> set = new HashMap<>();
        set.put("countries.defaults.exponent", exponent);
        set.put("countries.entries.2.salience.tariffs", "0.7");
        set.put("countries.entries.2.salience.rules", "0.3");
        set.put("parameters.country.concession_rate", "0.5");
        Negotiation model = Negotiation.prepare(ScenarioLoader.load(TEXTBOOK, set).spec(), 3);
        model.start();
        double before = model.countries()[2].getStatedPositions()[1];
        model.schedule.step(model);
        double after = model.countries()[2].getStatedPositions()[1];
        return Math.abs(after - before);
    }
}
