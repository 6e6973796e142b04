package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a precedent carries to the next meeting (docs/ODD.md 7.10), worked by hand. */
class PrecedentCarryoverTest {
    private static NegotiationSpec textbook() throws Exception {
        return ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), Map.of()).spec();
    }

    private static NegotiationSpec following(NegotiationSpec meeting, NegotiationSpec precedent, IssueMap map) {
        return meeting.toBuilder().references(List.of()).context(new MeetingContext(precedent, map, null)).build();
    }

    /** The textbook meeting played to its end, then Brazil's end ideal set by hand as if pressure had moved it. */
    private static Negotiation precedentWithShifts(NegotiationSpec spec) {
        Negotiation done = new Negotiation(5, spec);
        done.start();
        while (!done.isFinished() && done.schedule.step(done)) {
            // one round per step
        }
        // Brazil (index 1) started at (tariffs 1.0, rules 0.2), no noise: shifts -0.1 on tariffs, +0.3 on rules
        done.actors.setIdeal(done.k + 0, 0.9);
        done.actors.setIdeal(done.k + 1, 0.5);
        return done;
    }

    @Test
    void aShiftCarriesOnlyOntoTheIssueTheMapNames() throws Exception {
        NegotiationSpec textbook = textbook();
        // the precedent's 'tariffs' is declared the same question as the next meeting's 'rules'; nothing maps onto
        // the next meeting's 'tariffs', although an issue of the precedent has that id
        NegotiationSpec next = following(textbook, textbook, new IssueMap(Map.of("tariffs", "rules")));
        Negotiation model = Carryover.prepare(precedentWithShifts(textbook), next, 5);
        // Brazil's rules: 0.2 + (0.9 - 1.0) = 0.1; its tariffs stay at 1.0 (by id they would be 0.9); the +0.3 on
        // the precedent's rules is unmapped and goes nowhere (by id it would make rules 0.5)
        assertArrayEquals(new double[]{1.0, 0.1}, model.getSpec().actors().get(1).ideal(), 1e-12);
        // the USA and India were not moved: their ideals are as written
        assertArrayEquals(new double[]{0.2, 1.0}, model.getSpec().actors().get(0).ideal(), 1e-12);
        assertArrayEquals(new double[]{0.6, 0.2}, model.getSpec().actors().get(2).ideal(), 1e-12);
    }

    @Test
    void withoutAMapNothingCarriesOnTheIssues() throws Exception {
        NegotiationSpec textbook = textbook();
        Negotiation model = Carryover.prepare(precedentWithShifts(textbook),
                following(textbook, textbook, IssueMap.NONE), 5);
        assertArrayEquals(new double[]{1.0, 0.2}, model.getSpec().actors().get(1).ideal(), 1e-12);
    }

    @Test
    void aShiftIsClampedToTheScale() throws Exception {
        NegotiationSpec textbook = textbook();
        // precedent 'rules' (+0.3) onto next 'tariffs', where Brazil starts at 1.0: 1.3 is clamped to 1
        Negotiation model = Carryover.prepare(precedentWithShifts(textbook),
                following(textbook, textbook, new IssueMap(Map.of("rules", "tariffs"))), 5);
        assertArrayEquals(new double[]{1.0, 0.2}, model.getSpec().actors().get(1).ideal(), 1e-12);
    }

    @Test
    void aMapIsOneToOneAndNamesIssuesBothMeetingsHave() throws Exception {
        Map<String, String> twoOntoOne = new HashMap<>();
        twoOntoOne.put("tariffs", "rules");
        twoOntoOne.put("rules", "rules");
        assertThrows(IllegalArgumentException.class, () -> new IssueMap(twoOntoOne));
        NegotiationSpec textbook = textbook();
        IssueMap unknown = new IssueMap(Map.of("cotton", "rules"));
        assertThrows(IllegalArgumentException.class, () -> unknown.sources(textbook, textbook));
    }

    @Test
    void aRunsDrawnInputsKeepTheIssueMap() throws Exception {
        // Miami draws its inputs per run, and its precedent's: the drawn spec must still know which issues map
        NegotiationSpec miami = ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"), Map.of()).spec();
        assertEquals(Map.of("market_access", "agriculture", "investment", "investment", "competition", "competition",
                "gov_procurement", "gov_procurement"), miami.context().precedentIssues().pairs());
        NegotiationSpec drawn = miami.withInputsDrawn(42);
        assertTrue(drawn != miami);
        assertSame(miami.context().precedentIssues(), drawn.context().precedentIssues());
        assertNotNull(drawn.context().precedent());
    }

    @Test
    void thePrecedentsCoalitionsArriveAsTieGroupsOverTheirMembersPresent() throws Exception {
        // Miami after Cancún: each coalition standing at the end of the Cancún run with two or more members in
        // Miami is a pre-existing group of the Miami meeting, marked as a tie (reach, affinity, group degree: 7.7),
        // over exactly those members; Miami's own groups come first, unchanged
        NegotiationSpec miami = ScenarioLoader.load(Path.of("scenarios/ftaa-miami-2003.yaml"), Map.of()).spec()
                .withInputsDrawn(3);
        Negotiation model = Negotiation.prepare(miami, 3);
        NegotiationSpec carried = model.getSpec();
        assertEquals(miami.groups(), carried.groups().subList(0, miami.groups().size()));
        RunResult cancun = model.precedentResult;
        int expected = 0;
        for (RunResult.CoalitionResult c : cancun.coalitions()) {
            int[] present = c.members().stream().mapToInt(m -> miami.indexOfActor(m.code())).filter(i -> i >= 0)
                    .toArray();
            if (present.length < 2) continue;
            expected++;
            GroupSpec g = carried.groups().stream().filter(x -> x.id().equals("PRECEDENT-" + c.id())).findFirst()
                    .orElseThrow(() -> new AssertionError("no group for " + c.id()));
            assertTrue(g.ties());
            int[] members = g.members().clone();
            Arrays.sort(present);
            Arrays.sort(members);
            assertArrayEquals(present, members);
        }
        assertTrue(expected > 0, "this seed's Cancún leaves a coalition with Latin American members");
        assertEquals(miami.groups().size() + expected, carried.groups().size());
        assertFalse(carried.groups().size() > Carryover.MAX_GROUPS);
    }
}
