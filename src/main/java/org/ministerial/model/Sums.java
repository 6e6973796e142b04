package org.ministerial.model;

/** Sums over the actors of a room, written for speed where they are the longest loops of a run. */
final class Sums {
    private Sums() {
    }

    /**
     * {@code sum_i u[uo + i] v[vo + i]} for i below n, in four interleaved partial sums: a single running sum waits on
     * the latency of each addition, four keep the floating-point adder busy (the JIT compiler may not reorder a sum
     * itself). The Nash solver's Hessian is made of such sums, a quarter of a run in a room of two thousand actors.
     */
    static double dot(double[] u, int uo, double[] v, int vo, int n) {
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += u[uo + i] * v[vo + i];
            s1 += u[uo + i + 1] * v[vo + i + 1];
            s2 += u[uo + i + 2] * v[vo + i + 2];
            s3 += u[uo + i + 3] * v[vo + i + 3];
        }
        for (; i < n; i++) s0 += u[uo + i] * v[vo + i];
        return (s0 + s1) + (s2 + s3);
    }
}
