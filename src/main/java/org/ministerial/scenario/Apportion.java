package org.ministerial.scenario;

/** Whole-number splits of a count by shares, as the generation of organisations deals them out. */
final class Apportion {
    private Apportion() {
    }

    /** Splits {@code n} into whole parts proportional to {@code shares} by largest remainder (ties: first listed). */
    static int[] allot(int n, double[] shares) {
        double total = 0;
        for (double s : shares) total += s;
        int[] out = new int[shares.length];
        if (n == 0 || total <= 0) return out;
        double[] rem = new double[shares.length];
        int given = 0;
        for (int i = 0; i < shares.length; i++) {
            double exact = n * shares[i] / total;
            out[i] = (int) Math.floor(exact);
            rem[i] = exact - out[i];
            given += out[i];
        }
        for (; given < n; given++) {
            int best = -1;
            for (int i = 0; i < rem.length; i++)
                if (shares[i] > 0 && (best < 0 || rem[i] > rem[best] + 1e-12)) best = i;
            out[best]++;
            rem[best] = -1;
        }
        return out;
    }

    /**
     * A sequence of {@code total} sector indices holding {@code counts[i]} of sector i, in which every prefix is as
     * close to proportional as can be: at each step the sector furthest behind its share of the steps so far is next
     * (ties: the first listed).
     */
    static int[] dealSequence(int[] counts, int total) {
        int[] out = new int[total];
        int[] given = new int[counts.length];
        for (int t = 1; t <= total; t++) {
            int best = -1;
            double bestGap = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < counts.length; i++) {
                if (given[i] >= counts[i]) continue;
                double gap = (double) counts[i] * t / total - given[i];
                if (gap > bestGap + 1e-12) {
                    bestGap = gap;
                    best = i;
                }
            }
            out[t - 1] = best;
            given[best]++;
        }
        return out;
    }
}
