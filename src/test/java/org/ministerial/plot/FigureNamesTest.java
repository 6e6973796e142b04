package org.ministerial.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Figure file names from labels: short, plain and cut between words. */
class FigureNamesTest {
    @Test
    void aLongLabelIsCutAfterItsLastWholeWordThatFits() {
        String slug = FigureNames.slug("Cancún 2003 as observed, with the drawn inputs");
        assertEquals("cancun-2003-as-observed-with-the-drawn", slug);
        assertTrue(slug.length() <= 40, slug);
    }

    @Test
    void aWordLongerThanHalfTheLimitIsCutInside() {
        String slug = FigureNames.slug("a " + "x".repeat(60));
        assertEquals("a-" + "x".repeat(38), slug);
    }

    @Test
    void shortNamesKeepEveryWord() {
        assertEquals("ngo-enabled-false", FigureNames.slug("ngo.enabled = false"));
        assertEquals("x", FigureNames.slug("¿?"));
    }
}
