package org.ministerial.scenario;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SpellingTest {
    @Test
    void levenshteinDistancesWorkedByHand() {
        assertEquals(3, Spelling.distance("kitten", "sitting")); // k->s, e->i, +g
        assertEquals(1, Spelling.distance("reservaton", "reservation"));
        assertEquals(1, Spelling.distance("exponant", "exponent")); // one substitution
        assertEquals(0, Spelling.distance("", ""));
        assertEquals(4, Spelling.distance("", "days"));
    }

    @Test
    void theClosestKnownKeyWithinTwoEditsIsSuggested() {
        Set<String> known = Set.of("days", "sessions_per_day", "start");
        assertEquals("days", Spelling.closest("dayz", known));
        assertNull(Spelling.closest("colour", known), "nothing within two edits");
    }
}
