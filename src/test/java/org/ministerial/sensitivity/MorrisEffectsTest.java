package org.ministerial.sensitivity;

import org.ministerial.statistics.Bootstrap;
import org.junit.jupiter.api.Test;
import org.ministerial.experiment.MorrisSample;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Elementary effects of {@code f = 3 x1 - 2 x2 + x3^2} (x1 on [0, 2], x2 and x3 on [0, 1], x4 on [0, 1] unused):
 * in range units the effect of x1 is always 3 * 2 = 6 and of x2 always -2, so their sigma is 0; x3's effect
 * {@code 2 x3 +- Delta} varies between 2/3 and 4/3 on a 4-level grid; x4 has none.
 */
class MorrisEffectsTest {
    private static final double[] MIN = {0, 0, 0, 0};
    private static final double[] MAX = {2, 1, 1, 1};

    private static double f(double[] u) {
        double[] x = new double[u.length];
        for (int i = 0; i < u.length; i++) x[i] = MIN[i] + u[i] * (MAX[i] - MIN[i]);
        return 3 * x[0] - 2 * x[1] + x[2] * x[2];
    }

    private static MorrisEffects effects(int r, long seed) {
        List<MorrisEffects.Trajectory> trajectories = new ArrayList<>();
        for (MorrisSample.Trajectory t : MorrisSample.trajectories(r, 4, 4, seed)) {
            double[] y = new double[t.points().length];
            for (int s = 0; s < y.length; s++) y[s] = f(t.points()[s]);
            int[] moved = t.order().clone();
            double[] steps = new double[moved.length];
            for (int s = 0; s < moved.length; s++)
                steps[s] = t.points()[s + 1][moved[s]] - t.points()[s][moved[s]];
            trajectories.add(new MorrisEffects.Trajectory(y, moved, steps));
        }
        return new MorrisEffects(4, trajectories);
    }

    @Test
    void linearFactorsHaveConstantEffectsAndUnusedOnesNone() {
        MorrisEffects.Effect[] e = effects(20, 3).summarise();
        assertEquals(6, e[0].mu(), 1e-9);
        assertEquals(6, e[0].muStar(), 1e-9);
        assertEquals(0, e[0].sigma(), 1e-9);
        assertEquals(-2, e[1].mu(), 1e-9);
        assertEquals(2, e[1].muStar(), 1e-9);
        assertEquals(0, e[1].sigma(), 1e-9);
        assertTrue(e[2].muStar() >= 2.0 / 3 - 1e-9 && e[2].muStar() <= 4.0 / 3 + 1e-9, "x3 " + e[2]);
        assertTrue(e[2].sigma() > 0, "x3 is non-linear");
        assertEquals(0, e[3].muStar(), 1e-12);
        assertEquals(20, e[3].effects());
    }

    @Test
    void bootstrapIntervalsOfMuStarBracketTheEstimate() {
        MorrisEffects m = effects(30, 8);
        MorrisEffects.Effect[] e = m.summarise();
        double[][] ci = new Bootstrap(300, 0.9, 2).intervals(m.trajectories(), m::muStar);
        for (int i = 0; i < 4; i++) assertTrue(ci[i][0] <= e[i].muStar() && e[i].muStar() <= ci[i][1], "factor " + i);
        assertEquals(ci[0][0], ci[0][1], 1e-9, "a constant effect has a zero-width interval");
    }
}
