package org.ministerial.plot;

import org.jfree.chart.axis.NumberAxis;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Posterior axes span the prior with a margin, with ticks on both bounds (cancun-abc's priors). */
class PriorAxisTest {
    private static Posterior.Parameter prior(String key, double min, double max) {
        return new Posterior.Parameter(key, min, max, false, Double.NaN, null);
    }

    @Test
    void ticksFallOnBothBoundsOfThePrior() {
        assertEquals(0.1, PosteriorPairFigure.boundTicks(0, 0.3).getSize(), 1e-12);
        assertEquals(0.1, PosteriorPairFigure.boundTicks(0.3, 0.8).getSize(), 1e-12);
        assertEquals(0.05, PosteriorPairFigure.boundTicks(0, 0.15).getSize(), 1e-12);
        assertEquals(0.2, PosteriorPairFigure.boundTicks(0, 0.6).getSize(), 1e-12);
        assertNull(PosteriorPairFigure.boundTicks(0, 0.37));
    }

    @Test
    void aParticleAtTheTopOfThePriorIsInsideTheAxisAndTheAxisNamesTheParameter() {
        NumberAxis a = PosteriorPairFigure.priorAxis(prior("parameters.coalitions.peer_ratio", 0, 0.3));
        assertTrue(a.getUpperBound() > 0.3 + 0.005 && a.getUpperBound() < 0.33, a.getRange().toString());
        assertTrue(a.getLowerBound() < -0.005, a.getRange().toString());
        assertEquals(0.1, a.getTickUnit().getSize(), 1e-12);
        assertEquals("0.3", a.getTickUnit().valueToString(0.3));
        assertEquals("Recruits' capability ratio", a.getLabel());
    }
}
