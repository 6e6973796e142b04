package org.ministerial.experiment;

import org.ministerial.batch.Decimals;
import org.ministerial.batch.ResultsSchema.Sweeps;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an experiment's design into its list of design points. Sampled designs work in the unit cube and are scaled
 * to each factor's range: {@code value = min + u (max - min)} written with {@link Decimals#format} (six decimals),
 * which is the value the run uses and {@code design.csv} shows; an integer factor takes the whole number
 * {@link Factor#wholeNumber} gives {@code u}, each of its whole numbers equally likely.
 * With several scenarios, every scenario gets the whole design; the scenario varies slowest.
 */
public final class Designs {
    private Designs() {
    }

    /** Every design point of the experiment, in order. */
    public static List<DesignPoint> points(Experiment e) {
        List<Map<String, String>> structures = new ArrayList<>();
        List<Map<String, String>> values = new ArrayList<>();
        Design d = e.design();
        if (d instanceof Design.Explicit list) {
            values.addAll(list.points());
        } else if (d instanceof Design.LatinHypercube lhs) {
            for (double[] u : LatinHypercube.sample(lhs.samples(), e.factors().size(), lhs.seed()))
                values.add(scale(e.factors(), u));
        } else if (d instanceof Design.Saltelli s) {
            saltelli(e.factors(), s, structures, values);
        } else if (d instanceof Design.Morris m) {
            morris(e.factors(), m, structures, values);
        } else {
            factorial(e.factors(), 0, new LinkedHashMap<>(), values);
        }
        List<DesignPoint> points = new ArrayList<>();
        for (int s = 0; s < e.scenarios().size(); s++)
            for (int i = 0; i < values.size(); i++)
                points.add(new DesignPoint(points.size(), s, structures.isEmpty() ? Map.of() : structures.get(i),
                        values.get(i)));
        return points;
    }

    /**
     * How many design points the experiment has, computed without making them (a double, since a factorial of a few
     * long factors overflows an int); Saltelli's N(k+2) and Morris's r(k+1) for k factors.
     */
    public static double size(Experiment e) {
        Design d = e.design();
        double n;
        if (d instanceof Design.Explicit list) n = list.points().size();
        else if (d instanceof Design.LatinHypercube lhs) n = lhs.samples();
        else if (d instanceof Design.Saltelli sa) n = (double) sa.baseSamples() * (e.factors().size() + 2);
        else if (d instanceof Design.Morris m) n = (double) m.trajectories() * (e.factors().size() + 1);
        else {
            n = 1;
            for (Factor f : e.factors()) n *= f.values().size();
        }
        return n * e.scenarios().size();
    }

    /** The names of a design's structure columns in {@code design.csv}. */
    public static List<String> structureColumns(Design d) {
        return structureColumns(d.type());
    }

    /** The names of the structure columns of a design type. */
    public static List<String> structureColumns(String type) {
        if (type.equals("saltelli")) return Sweeps.SALTELLI_STRUCTURE;
        if (type.equals("morris")) return Sweeps.MORRIS_STRUCTURE;
        return List.of();
    }

    private static void factorial(List<Factor> factors, int at, Map<String, String> current,
                                  List<Map<String, String>> out) {
        if (at == factors.size()) {
            out.add(new LinkedHashMap<>(current));
            return;
        }
        Factor f = factors.get(at);
        for (String v : f.values()) {
            current.put(f.key(), v);
            factorial(factors, at + 1, current, out);
        }
        current.remove(f.key());
    }

    private static void saltelli(List<Factor> factors, Design.Saltelli s, List<Map<String, String>> structures,
                                 List<Map<String, String>> values) {
        int k = factors.size();
        double[][] u = SaltelliSample.points(s.baseSamples(), k);
        for (int p = 0; p < u.length; p++) {
            int m = p % (k + 2);
            Map<String, String> cells = new LinkedHashMap<>();
            cells.put(Sweeps.SAMPLE, Integer.toString(p / (k + 2)));
            cells.put(Sweeps.MATRIX, m == 0 ? Sweeps.MATRIX_A : m == k + 1 ? Sweeps.MATRIX_B : Sweeps.MATRIX_AB);
            cells.put(Sweeps.FACTOR, m == 0 || m == k + 1 ? "" : factors.get(m - 1).key());
            structures.add(cells);
            values.add(scale(factors, u[p]));
        }
    }

    private static void morris(List<Factor> factors, Design.Morris m, List<Map<String, String>> structures,
                               List<Map<String, String>> values) {
        MorrisSample.Trajectory[] trajectories =
                MorrisSample.trajectories(m.trajectories(), factors.size(), m.levels(), m.seed());
        for (int t = 0; t < trajectories.length; t++) {
            MorrisSample.Trajectory tr = trajectories[t];
            for (int s = 0; s < tr.points().length; s++) {
                Map<String, String> cells = new LinkedHashMap<>();
                cells.put(Sweeps.TRAJECTORY, Integer.toString(t));
                cells.put(Sweeps.STEP, Integer.toString(s));
                int moved = s == 0 ? -1 : tr.order()[s - 1];
                cells.put(Sweeps.FACTOR, moved < 0 ? "" : factors.get(moved).key());
                cells.put(Sweeps.DIRECTION, moved < 0 ? "" : tr.direction()[moved] > 0 ? "+1" : "-1");
                structures.add(cells);
                values.add(scale(factors, tr.points()[s]));
            }
        }
    }

    private static Map<String, String> scale(List<Factor> factors, double[] u) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < factors.size(); i++) {
            Factor f = factors.get(i);
            values.put(f.key(), f.integer() ? Long.toString(Factor.wholeNumber(f.min(), f.max(), u[i]))
                    : Decimals.format(f.min() + u[i] * (f.max() - f.min())));
        }
        return values;
    }
}
