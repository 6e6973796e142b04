package org.ministerial.model;

import java.util.Arrays;

/**
 * Orders of indices by a value, on primitive arrays: the coalition phase ranks actors by capability at the start of
 * every run, and a sort of boxed indices with a comparator cost a run's worth of allocation and kept the JIT compiler
 * recompiling the library's merge sort as its profile changed.
 */
final class Ranking {
    private Ranking() {
    }

    /**
     * The indices of {@code values}, highest value first; equal values keep index order (the order a stable sort of
     * the indices by {@link Double#compare} in reverse gives).
     */
    static int[] descending(double[] values) {
        int n = values.length;
        double[] ascending = values.clone();
        Arrays.sort(ascending); // Double.compare's total order, as upperBound reads it
        int[] order = new int[n];
        int[] filled = new int[n]; // per first place of a value in the order, the places already taken
        for (int i = 0; i < n; i++) {
            int first = n - upperBound(ascending, values[i]); // the number of greater values
            order[first + filled[first]++] = i;
        }
        return order;
    }

    /** The number of entries of the ascending {@code sorted} that are at most {@code v}. */
    private static int upperBound(double[] sorted, double v) {
        int lo = 0, hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (Double.compare(sorted[mid], v) <= 0) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
