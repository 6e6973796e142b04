package org.ministerial.sensitivity;

import org.ministerial.batch.ResultsSchema.Sweeps;
import org.ministerial.batch.AnalysisSchema.Sensitivity;
import org.ministerial.statistics.Bootstrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Morris elementary effects from a Morris design's {@code design.csv} ({@code trajectory, step, factor} columns and
 * the factors' values) and its points' mean outputs. Each step's size is taken from the values the runs used, in
 * units of the factor's range, so rounding of integer factors is accounted for.
 */
final class MorrisFromDesign {

    private MorrisFromDesign() {
    }

    static SensitivityTable analyse(List<SensitivityAnalysis.Factor> factors, List<Map<String, String>> points,
                                    PointOutputs outputs, Bootstrap bootstrap) {
        int k = factors.size();
        int r = points.size() / (k + 1);
        int[][] at = new int[r][k + 1];
        int[][] moved = new int[r][k];
        double[][] steps = new double[r][k];
        for (int p = 0; p < points.size(); p++) {
            Map<String, String> row = points.get(p);
            int t = Integer.parseInt(row.get(Sweeps.TRAJECTORY));
            int s = Integer.parseInt(row.get(Sweeps.STEP));
            if (t < 0 || t >= r || s < 0 || s > k)
                throw new IllegalArgumentException("design.csv point " + p + " does not fit a Morris design of " + r
                        + " trajectories and " + k + " factors");
            at[t][s] = p;
        }
        for (int t = 0; t < r; t++)
            for (int s = 1; s <= k; s++) {
                Map<String, String> before = points.get(at[t][s - 1]);
                Map<String, String> after = points.get(at[t][s]);
                int i = indexOf(factors, after.get(Sweeps.FACTOR));
                SensitivityAnalysis.Factor f = factors.get(i);
                moved[t][s - 1] = i;
                steps[t][s - 1] = (Double.parseDouble(after.get(f.key())) - Double.parseDouble(before.get(f.key())))
                        / (f.max() - f.min());
            }
        List<SensitivityTable.Output> out = new ArrayList<>();
        for (int o = 0; o < outputs.names().size(); o++) {
            double[] y = outputs.means()[o];
            String name = outputs.names().get(o);
            String missing = SobolFromDesign.missing(y);
            double mean = 0;
            double ss = 0;
            for (double v : y) mean += v / y.length;
            for (double v : y) ss += (v - mean) * (v - mean);
            double variance = ss / y.length;
            if (missing != null || SobolFromDesign.constant(y)) {
                out.add(new SensitivityTable.Output(name, missing != null ? Double.NaN : mean,
                        missing != null ? Double.NaN : variance,
                        missing != null ? missing : "constant over the design: no effects", List.of()));
                continue;
            }
            List<MorrisEffects.Trajectory> trajectories = new ArrayList<>();
            for (int t = 0; t < r; t++) {
                double[] outputsOf = new double[k + 1];
                for (int s = 0; s <= k; s++) outputsOf[s] = y[at[t][s]];
                trajectories.add(new MorrisEffects.Trajectory(outputsOf, moved[t], steps[t]));
            }
            MorrisEffects effects = new MorrisEffects(k, trajectories);
            MorrisEffects.Effect[] e = effects.summarise();
            double[][] ci = bootstrap.intervals(r, effects::muStar);
            List<SensitivityTable.Row> rows = new ArrayList<>();
            for (int i = 0; i < k; i++)
                rows.add(new SensitivityTable.Row(factors.get(i).key(), new double[] {e[i].mu(), e[i].muStar(),
                        ci[i][0], ci[i][1], e[i].sigma(), e[i].effects()}));
            out.add(new SensitivityTable.Output(name, mean, variance, null, rows));
        }
        return new SensitivityTable(Sensitivity.MORRIS, Sensitivity.MORRIS_COLUMNS, out);
    }

    private static int indexOf(List<SensitivityAnalysis.Factor> factors, String key) {
        for (int i = 0; i < factors.size(); i++) if (factors.get(i).key().equals(key)) return i;
        throw new IllegalArgumentException("design.csv moves factor '" + key + "', which the manifest does not list");
    }
}
