package org.ministerial.batch;

import org.junit.jupiter.api.Test;
import org.ministerial.model.Outcome;
import org.ministerial.statistics.ClusteredShare;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A batch's outcome intervals are on the effective runs when its runs share input draws (docs/results.md). */
class SummaryIntervalsTest {
    @Test
    void runsThatShareDrawsCountAsFewer() {
        // ten draws of five runs; the outcome and the coalition are decided by the draw: each draw counts once
        Summary s = new Summary();
        for (int d = 0; d < 10; d++)
            for (int r = 0; r < 5; r++)
                s.add(d % 3 == 0 ? Outcome.AGREEMENT : Outcome.BREAKDOWN, 10 + d % 2,
                        Map.of("g21_found", d % 2 == 0 ? 1.0 : 0.0, "g21_jaccard", 0.5), d);
        assertTrue(s.drawsShared());
        Summary.OutcomeShare agreement = s.share(Outcome.AGREEMENT);
        assertEquals(10, agreement.effectiveRuns(), 1e-9);
        // Wilson at p = 0.4 on ten effective runs shrunk by Korn and Graubard's (z / t_9)^2 for ten draws
        double z = 1.959963984540054, t9 = 2.2621571627409915, n = 10 * (z / t9) * (z / t9), p = 0.4;
        double centre = (p + z * z / (2 * n)) / (1 + z * z / n);
        double half = z / (1 + z * z / n) * Math.sqrt(p * (1 - p) / n + z * z / (4 * n * n));
        assertEquals(centre - half, agreement.lower(), 1e-9);
        assertEquals(centre + half, agreement.upper(), 1e-9);
        assertEquals(10, s.metricShare("g21_found").effectiveRuns(), 1e-9);
        assertNull(s.metricShare("g21_jaccard"), "not a 0/1 metric");
        // the end round is decided by the draw too: its design effect is the draws' size
        assertEquals(5, s.endRoundDesignEffect(), 1e-9);
    }

    @Test
    void runsOfInputsAsWrittenAreIndependent() {
        Summary s = new Summary();
        for (int r = 0; r < 50; r++) s.add(r % 4 == 0 ? Outcome.AGREEMENT : Outcome.BREAKDOWN, 10, Map.of());
        assertFalse(s.drawsShared());
        assertEquals(50, s.share(Outcome.AGREEMENT).effectiveRuns(), 0);
        assertEquals(1, s.endRoundDesignEffect(), 0);
    }
}
