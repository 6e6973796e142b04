package org.ministerial.model;

import org.ministerial.batch.Fixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The records of a spec and a result keep their own arrays and refuse what their Javadoc rules out. */
class RecordChecksTest {
    private static void refused(String expected, Runnable make) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::run);
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void aChairTakesEachIssueOnceAndOpensWithinTheScale() {
        refused("appears twice", () -> new ChairSpec("c", new int[] {0, 0}, new boolean[2], null));
        refused("outside [0,1]", () -> new ChairSpec("c", new int[] {0, 1}, new boolean[2], new double[] {0.5, 1.5}));
        refused("is negative", () -> new ChairSpec("c", new int[] {0}, new boolean[2], null, new int[] {-1}));
    }

    @Test
    void aChairKeepsItsOwnAgenda() {
        int[] agenda = {1, 0};
        ChairSpec chair = new ChairSpec("c", agenda, new boolean[2], null);
        agenda[0] = 0;
        assertEquals(1, chair.agenda()[0]);
    }

    @Test
    void aGroupListsEachMemberOnce() {
        refused("appears twice", () -> new GroupSpec("G", "G", new int[] {2, 2}));
        refused("is negative", () -> new GroupSpec("G", "G", new int[] {-1}));
    }

    @Test
    void anOrganisationsStanceIsWithinMinusOneAndOne() {
        refused("outside [-1,1]", () -> new NgoSpec("N", "N", -1, true, false, "", "", 0.5, new double[] {2},
                new int[0]));
        double[] stance = {1};
        NgoSpec ngo = new NgoSpec("N", "N", -1, true, false, "", "", 0.5, stance, new int[0]);
        stance[0] = -1;
        assertEquals(1, ngo.stance()[0]);
    }

    @Test
    void theBilateralOffererIsAnActor() {
        refused("is not one of the 2 actors", () -> new BilateralTrack(2, new double[2], new boolean[2]));
    }

    @Test
    void anEventCannotComeBeforeTheFirstRound() {
        refused("is negative", () -> new TimedEvent.RevisedText(-1, "too early"));
    }

    @Test
    void aSpecRefusesIndicesOutsideItsActorsAndIssues() {
        NegotiationSpec base = Fixtures.spec(List.of());
        refused("outside [0, 3)", () -> base.toBuilder().groups(List.of(new GroupSpec("G", "G", new int[] {3})))
                .build());
        refused("outside [0, 2)", () -> base.toBuilder().events(List.of(new TimedEvent.DropIssue(1, "drop", 2)))
                .build());
    }

    @Test
    void aResultKeepsItsOwnFinalText() {
        double[] text = {0.4};
        RunResult r = new RunResult(Outcome.AGREEMENT, 0, 1, 1, text, new boolean[1], List.of(), -1, List.of(),
                List.of(), Map.of());
        text[0] = 0.9;
        assertEquals(0.4, r.finalText()[0]);
        refused("one value per issue", () -> new RunResult(Outcome.AGREEMENT, 0, 1, 1, new double[2],
                new boolean[1], List.of(), -1, List.of(), List.of(), Map.of()));
    }

    @Test
    void parametersRefuseUnknownKeysAndValuesOutOfRange() {
        refused("unknown parameter", () -> Parameters.defaults().with("chair.agenda_powr", 0.5));
        refused("outside [0.0, 1.0]", () -> Parameters.defaults().with("chair.agenda_power", 1.5));
        refused("is not a flag", () -> Parameters.defaults().with("ngo.enabled", 0.5));
    }

    @Test
    void aCountIsReadAsTheNearestWholeNumber() {
        Parameters p = Parameters.defaults().with("chair.patience", 4.6);
        assertEquals(5, p.count(Parameter.CHAIR_PATIENCE));
        assertEquals(4.6, p.get("chair.patience"));
    }

    @Test
    void anInsideFilterSelectsOrganisationsActingInsideOrBoth() {
        NgoSpec both = new NgoSpec("B", "B", -1, true, true, "", "", 0.5, new double[0], new int[0]);
        NgoSpec outside = new NgoSpec("O", "O", -1, false, true, "", "", 0.5, new double[0], new int[0]);
        NgoFilter inside = new NgoFilter(java.util.Set.of(), java.util.Set.of(), NgoActivity.INSIDE,
                java.util.Set.of());
        assertTrue(inside.matches(both));
        assertTrue(!inside.matches(outside));
    }
}
