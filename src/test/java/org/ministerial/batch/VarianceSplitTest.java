package org.ministerial.batch;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ANOVA estimator of the input and dynamics variance components. */
class VarianceSplitTest {
    @Test
    void aSmallBalancedDesignGivesTheTextbookMeanSquares() {
        // three draws of two runs: {1, 3}, {5, 7}, {9, 11}; group means 2, 6, 10, grand mean 6
        // SSW = 6 x 1 = 6 over 3 df: MSW = 2; SSB = 2 x (16 + 0 + 16) = 64 over 2 df: MSB = 32; n0 = 2
        // input = (32 - 2) / 2 = 15, dynamics = 2, total sample variance = 70 / 5 = 14
        List<Integer> group = List.of(0, 0, 1, 1, 2, 2);
        List<double[]> values = new ArrayList<>();
        for (double v : new double[] {1, 3, 5, 7, 9, 11}) values.add(new double[] {v});
        VarianceSplit.Part p = VarianceSplit.split(List.of("y"), group, values).parts().get("y");
        assertEquals(15, p.input(), 1e-12);
        assertEquals(2, p.dynamics(), 1e-12);
        assertEquals(14, p.total(), 1e-12);
        assertEquals(15.0 / 17, p.inputShare(), 1e-12);
    }

    @Test
    void aKnownSplitIsRecoveredWithinSamplingError() {
        // y = mu_draw + e, mu ~ N(0, 1), e ~ N(0, 4): the input share is 1 / 5; 2000 draws of 5 runs, the last draw
        // cut short (unbalanced), as the last draw of a batch can be
        Random random = new Random(42);
        List<Integer> group = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int d = 0; d < 2000; d++) {
            double mu = random.nextGaussian();
            for (int r = 0; r < (d == 1999 ? 2 : 5); r++) {
                group.add(d);
                values.add(new double[] {mu + 2 * random.nextGaussian()});
            }
        }
        VarianceSplit split = VarianceSplit.split(List.of("y"), group, values);
        VarianceSplit.Part p = split.parts().get("y");
        assertEquals(2000, split.draws());
        // standard errors: about 0.04 for the input component, 0.07 for the dynamics one
        assertEquals(1, p.input(), 0.15);
        assertEquals(4, p.dynamics(), 0.25);
        assertEquals(0.2, p.inputShare(), 0.03);
    }

    @Test
    void aConstantMeasureHasNothingToSplitAndOneDrawCannotBeSplit() {
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < 6; i++) values.add(new double[] {1, i});
        VarianceSplit split = VarianceSplit.split(List.of("same", "varies"), List.of(0, 0, 1, 1, 2, 2), values);
        assertTrue(split.parts().get("same").constant());
        assertTrue(Double.isNaN(split.parts().get("same").inputShare()));
        // MSW = 0.5, MSB = 8, n0 = 2: input (8 - 0.5) / 2 = 3.75 against 0.5 within
        assertEquals(3.75 / 4.25, split.parts().get("varies").inputShare(), 1e-12);
        assertNull(VarianceSplit.split(List.of("y"), List.of(0, 0, 0), List.of(new double[] {1}, new double[] {2},
                new double[] {3})));
    }

    @Test
    void aBinaryMeasureWithFewEventsIsFlaggedRare() {
        // 40 runs in 10 draws of 4: one event, then ten events
        List<Integer> group = new ArrayList<>();
        List<double[]> one = new ArrayList<>(), ten = new ArrayList<>();
        for (int r = 0; r < 40; r++) {
            group.add(r / 4);
            one.add(new double[] {r == 5 ? 1 : 0});
            ten.add(new double[] {r % 4 == 0 ? 1 : 0});
        }
        assertTrue(VarianceSplit.split(List.of("y"), group, one).parts().get("y").rare());
        VarianceSplit.Part tenEvents = VarianceSplit.split(List.of("y"), group, ten).parts().get("y");
        assertTrue(!tenEvents.rare());
        // one event in each draw: all the variance is within draws
        assertEquals(0, tenEvents.inputShare(), 1e-12);
    }

    @Test
    void drawsOfDifferentSizesAreReportedAsThey() {
        // 12 runs at 5 a draw: draws of 5, 5 and 2 (not "3 draws x 4 runs")
        List<Integer> group = List.of(0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 2, 2);
        List<double[]> values = new java.util.ArrayList<>();
        for (int r = 0; r < group.size(); r++) values.add(new double[] {r % 3});
        VarianceSplit uneven = VarianceSplit.split(List.of("y"), group, values);
        assertEquals("2 to 5 (mean 4.0)", uneven.runsPerDrawText());
        VarianceSplit even = VarianceSplit.split(List.of("y"), group.subList(0, 10), values.subList(0, 10));
        assertEquals("5", even.runsPerDrawText());
    }
}
