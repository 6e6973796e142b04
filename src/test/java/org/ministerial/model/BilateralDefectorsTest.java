package org.ministerial.model;

import org.junit.jupiter.api.Test;
import org.ministerial.scenario.ScenarioLoader;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coalitions after the bilateral track takes its defectors (docs/ODD.md 7.11), on the textbook's three actors. */
class BilateralDefectorsTest {
    // India made the strongest of the two that stay (0.4 against Brazil's 0.25), and listed after Brazil
    private static NegotiationSpec spec() throws Exception {
        return ScenarioLoader.load(Path.of("scenarios/textbook.yaml"), Map.of("countries.entries.2.capability", "0.4"))
                .spec();
    }

    private static RunResult.CoalitionResult all(String leader) {
        return new RunResult.CoalitionResult("c1", leader,
                List.of(new RunResult.Member("USA", 1), new RunResult.Member("BRA", 1), new RunResult.Member("IND", 2)));
    }

    private static RunResult.BilateralResult accepted(boolean usa, boolean bra, boolean ind) {
        return new RunResult.BilateralResult("USA", new boolean[]{false, true, true}, new boolean[]{usa, bra, ind});
    }

    @Test
    void aLeaderThatDefectsHandsTheLeadToTheStrongestMemberLeft() throws Exception {
        List<RunResult.CoalitionResult> left = BilateralOffers.withoutDefectors(List.of(all("USA")),
                accepted(true, false, false), spec());
        assertEquals(1, left.size());
        assertEquals("IND", left.get(0).leader());
        assertEquals(List.of("BRA", "IND"), left.get(0).members().stream().map(RunResult.Member::code).toList());
    }

    @Test
    void aLeaderThatStaysKeepsTheLead() throws Exception {
        List<RunResult.CoalitionResult> left = BilateralOffers.withoutDefectors(List.of(all("BRA")),
                accepted(true, false, false), spec());
        assertEquals("BRA", left.get(0).leader());
    }

    @Test
    void aCoalitionLeftWithOneMemberVanishes() throws Exception {
        assertTrue(BilateralOffers.withoutDefectors(List.of(all("USA")), accepted(true, true, false), spec()).isEmpty());
    }
}
