package org.ministerial.model;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class RankingTest {
    @Test
    void ordersHighestFirstAndKeepsIndexOrderAmongEqualValues() {
        double[] capability = {0.2, 0.9, 0.2, 0.0, 0.9, -0.0, 0.5};
        // 0.9 at 1 and 4, then 0.5, then 0.2 at 0 and 2, then 0.0 above -0.0 (Double.compare's order)
        assertArrayEquals(new int[] {1, 4, 6, 0, 2, 3, 5}, Ranking.descending(capability));
        assertArrayEquals(new int[0], Ranking.descending(new double[0]));
    }

    @Test
    void agreesWithAStableSortOfBoxedIndices() {
        // the order the coalition phase used before: a stable sort of the indices, by capability, highest first
        SplittableRandom random = new SplittableRandom(11);
        for (int trial = 0; trial < 200; trial++) {
            int n = 1 + random.nextInt(300);
            double[] values = new double[n];
            for (int i = 0; i < n; i++) values[i] = random.nextInt(12) / 4.0; // many ties
            Integer[] boxed = new Integer[n];
            for (int i = 0; i < n; i++) boxed[i] = i;
            Arrays.sort(boxed, (a, b) -> Double.compare(values[b], values[a]));
            assertArrayEquals(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray(), Ranking.descending(values),
                    "trial " + trial);
        }
    }
}
