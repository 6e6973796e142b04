package org.ministerial.plot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counting emergent coalition memberships as numbers gives the counts of the runs' sets of members. */
class CoalitionMembersTest {
    @Test
    void countsEachMembershipOnceAndFollowsTheReferencesCoalitionInEachRun() {
        CoalitionMembers m = new CoalitionMembers(List.of("0", "1", "2"));
        m.add("0", "G-BRA", "BRA", "BRA", true);
        m.add("0", "G-BRA", "IND", "BRA", true);
        m.add("0", "G-BRA", "IND", "BRA", true); // a repeated row counts once
        m.add("0", "G-USA", "USA", "USA", true);
        m.add("1", "G-IND", "IND", "IND", true);
        m.add("1", "G-IND", "BRA", "IND", true);
        m.add("2", "G-USA", "USA", "USA", true);
        m.add("3", "G-CHN", "CHN", "CHN", true); // a run not counted (failed): its member is still an actor
        m.add("2", "EU", "FRA", "", false); // not emergent
        assertEquals(3, m.countedRuns());
        assertTrue(m.isActor("CHN"));
        assertTrue(m.isActor("FRA"));
        assertFalse(m.isActor("JPN"));
        assertEquals("USA", m.mostFrequentLeader()); // leads in 2 runs, BRA and IND in 1
        assertEquals(List.of(new CoalitionFigure.Membership("BRA", 2, 2),
                new CoalitionFigure.Membership("IND", 2, 2),
                new CoalitionFigure.Membership("USA", 2, 0)), m.count("BRA"));
    }

    @Test
    void tiedLeadersGiveTheFirstInAlphabeticalOrder() {
        CoalitionMembers m = new CoalitionMembers(List.of("0", "1"));
        m.add("0", "G-ZAF", "ZAF", "ZAF", true);
        m.add("1", "G-ARG", "ARG", "ARG", true);
        assertEquals("ARG", m.mostFrequentLeader());
        assertTrue(new CoalitionMembers(List.of("0")).isEmpty());
    }
}
