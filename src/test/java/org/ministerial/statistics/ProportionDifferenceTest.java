package org.ministerial.statistics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Newcombe's method 10 against his worked example and against the formula worked by hand at the boundary. */
class ProportionDifferenceTest {
    @Test
    void newcombesExamplesAreReproduced() {
        // (a) 56/70 - 48/80: 0.2000, interval 0.0524 to 0.3339
        ProportionDifference a = ProportionDifference.of(56, 70, 48, 80, 0.95);
        assertEquals(0.2, a.difference(), 1e-12);
        assertEquals(0.0524, a.lower(), 5e-5);
        assertEquals(0.3339, a.upper(), 5e-5);
        // 10/10 - 0/10: the Wilson intervals are [0.72246, 1] and [0, 0.27754], so the lower bound is
        // 1 - sqrt(0.27754^2 + 0.27754^2) = 0.60750 and the upper bound 1
        ProportionDifference h = ProportionDifference.of(10, 10, 0, 10, 0.95);
        assertEquals(0.60750, h.lower(), 5e-5);
        assertEquals(1.0, h.upper(), 5e-5);
        assertTrue(h.excludesZero());
    }

    @Test
    void equalSharesAtTheBoundaryGiveAnIntervalAroundZero() {
        ProportionDifference same = ProportionDifference.of(1000, 1000, 1000, 1000, 0.95);
        assertEquals(0, same.difference());
        assertFalse(same.excludesZero());
        assertTrue(same.lower() < 0 && same.lower() > -0.005, "lower " + same.lower());
    }
}
