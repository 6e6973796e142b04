package org.ministerial.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class NashBargainingTest {
    @Test
    void exactlyOpposedActorsHaveNoDeal() {
        // A wants issue 0 and dislikes issue 1 as much; B the reverse. Gains 0.5 (x0 - x1) and 0.5 (x1 - x0)
        // cannot both be positive.
        double[] ideal = {1, 0, 0, 1};
        double[] sal = {0.5, 0.5, 0.5, 0.5};
        double[] nbs = NashBargaining.solve(ideal, sal, 2, 2, new double[]{0.5, 0.5}, new boolean[2]);
        assertNull(nbs);
    }

    @Test
    void logRollingDealIsFoundAndMaximisesTheNashProduct() {
        // Actor A cares about issue 0 (salience 0.8), B about issue 1; each is mildly against the other's issue.
        double[] ideal = {1, 0, 0, 1};
        double[] sal = {0.8, 0.2, 0.2, 0.8};
        double[] nbs = NashBargaining.solve(ideal, sal, 2, 2, new double[]{0.5, 0.5}, new boolean[2]);
        assertNotNull(nbs);
        // gains: gA = 0.8 x0 - 0.2 x1, gB = 0.8 x1 - 0.2 x0; by symmetry and monotonicity the optimum is (1, 1)
        assertEquals(1, nbs[0], 1e-3);
        assertEquals(1, nbs[1], 1e-3);
    }

    @Test
    void droppedIssuesStayAtTheStatusQuo() {
        double[] ideal = {0.6, 1, 0.6, 0};
        double[] sal = {0.5, 0.5, 0.5, 0.5};
        double[] nbs = NashBargaining.solve(ideal, sal, 2, 2, new double[]{0.5, 0.5}, new boolean[]{false, true});
        assertNotNull(nbs);
        assertEquals(0, nbs[1]);
        // both want issue 0 at 0.6: gains 0.5 * (0.6 - |x - 0.6|) each, maximised at x = 0.6
        assertEquals(0.6, nbs[0], 1e-3);
    }
}
