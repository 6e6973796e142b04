package org.ministerial.sensitivity;

import org.ministerial.batch.ResultsSchema.Sweeps;
import org.ministerial.batch.AnalysisSchema.Sensitivity;
import org.ministerial.statistics.Bootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Sobol indices from a Saltelli design's {@code design.csv} ({@code sample, matrix, factor} columns) and its points'
 * mean outputs: the points are sorted into f(A), f(B) and f(AB_i) by their structure cells, then
 * {@link SobolIndices} and {@link Bootstrap} (over samples) give each output's indices and intervals.
 */
final class SobolFromDesign {
    /** Relative range below which an output counts as constant. */
    static final double RESOLUTION = 1e-9;

    private SobolFromDesign() {
    }

    static SensitivityTable analyse(List<SensitivityAnalysis.Factor> factors, List<Map<String, String>> points,
                                    PointOutputs outputs, Bootstrap bootstrap) {
        int k = factors.size();
        int n = points.size() / (k + 2);
        int[] a = new int[n];
        int[] b = new int[n];
        int[][] ab = new int[k][n];
        boolean[][] seen = new boolean[k + 2][n];
        for (int p = 0; p < points.size(); p++) {
            Map<String, String> row = points.get(p);
            int j = Integer.parseInt(row.get(Sweeps.SAMPLE));
            int slot = switch (row.get(Sweeps.MATRIX)) {
                case Sweeps.MATRIX_A -> 0;
                case Sweeps.MATRIX_B -> k + 1;
                default -> 1 + indexOf(factors, row.get(Sweeps.FACTOR));
            };
            if (j < 0 || j >= n || slot < 0 || seen[slot][j])
                throw new IllegalArgumentException("design.csv point " + p + " does not fit a Saltelli design of "
                        + n + " samples and " + k + " factors");
            seen[slot][j] = true;
            if (slot == 0) a[j] = p;
            else if (slot == k + 1) b[j] = p;
            else ab[slot - 1][j] = p;
        }
        List<SensitivityTable.Output> out = new ArrayList<>();
        for (int o = 0; o < outputs.names().size(); o++) {
            double[] y = outputs.means()[o];
            String missing = missing(y);
            double[] fA = pick(y, a);
            double[] fB = pick(y, b);
            double[][] fAB = new double[k][];
            for (int i = 0; i < k; i++) fAB[i] = pick(y, ab[i]);
            if (missing != null) {
                out.add(new SensitivityTable.Output(outputs.names().get(o), Double.NaN, Double.NaN, missing,
                        List.of()));
                continue;
            }
            SobolIndices sobol = new SobolIndices(fA, fB, fAB);
            double[] estimate = sobol.estimate();
            double variance = estimate[2 * k];
            double[] ends = new double[2 * n];
            System.arraycopy(fA, 0, ends, 0, n);
            System.arraycopy(fB, 0, ends, n, n);
            if (constant(y) || constant(ends)) {
                out.add(new SensitivityTable.Output(outputs.names().get(o), sobol.mean(), variance, constant(y)
                        ? "constant over the design: no variance to apportion"
                        : "constant on the A and B samples, so its variance cannot be estimated; use more base_samples",
                        List.of()));
                continue;
            }
            double[][] ci = bootstrap.intervals(n, sobol::estimate);
            List<SensitivityTable.Row> rows = new ArrayList<>();
            for (int i = 0; i < k; i++)
                rows.add(new SensitivityTable.Row(factors.get(i).key(), new double[] {estimate[i], ci[i][0],
                        ci[i][1], estimate[k + i], ci[k + i][0], ci[k + i][1]}));
            out.add(new SensitivityTable.Output(outputs.names().get(o), sobol.mean(), variance, null, rows));
        }
        return new SensitivityTable(Sensitivity.SOBOL, Sensitivity.SOBOL_COLUMNS, out);
    }

    /**
     * Whether an output is constant over the design: its range is below {@value #RESOLUTION} of its magnitude (at
     * least 1). Results files keep six decimals, so smaller differences are rounding, and indices of such an output
     * would divide rounding noise by rounding noise.
     */
    static boolean constant(double[] y) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : y) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return max - min <= RESOLUTION * Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
    }

    static String missing(double[] y) {
        for (int p = 0; p < y.length; p++)
            if (!Double.isFinite(y[p])) return "design point " + p + " has no completed run with this output";
        return null;
    }

    private static int indexOf(List<SensitivityAnalysis.Factor> factors, String key) {
        for (int i = 0; i < factors.size(); i++) if (factors.get(i).key().equals(key)) return i;
        return -2;
    }

    private static double[] pick(double[] y, int[] at) {
        double[] out = new double[at.length];
        for (int j = 0; j < at.length; j++) out[j] = y[at[j]];
        return out;
    }
}
