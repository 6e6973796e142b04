package org.ministerial.experiment;

import org.junit.jupiter.api.Test;
import org.ministerial.batch.RunSeeds;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DesignsTest {
    private static Experiment experiment(Design design, List<Factor> factors, int scenarios) {
        List<Path> files = scenarios == 1 ? List.of(Path.of("a.yaml")) : List.of(Path.of("a.yaml"), Path.of("b.yaml"));
        List<String> labels = scenarios == 1 ? List.of("a.yaml") : List.of("a.yaml", "b.yaml");
        return new Experiment("t", Path.of("t.yaml"), files, labels, scenarios > 1, Map.of(), factors, design, 1, 1,
                Seeds.INDEPENDENT, List.of());
    }

    private static final List<Factor> RANGES = List.of(Factor.range("x", 0, 10, false),
            Factor.range("y", -1, 1, false), Factor.range("z", 1, 5, true));

    @Test
    void factorialCrossesValuesFirstFactorSlowestAndScenariosSlowestOfAll() {
        List<DesignPoint> points = Designs.points(experiment(new Design.Factorial(),
                List.of(Factor.of("a", List.of("1", "2")), Factor.of("b", List.of("x", "y", "z"))), 2));
        assertEquals(12, points.size());
        assertEquals(Map.of("a", "1", "b", "x"), points.get(0).values());
        assertEquals(Map.of("a", "1", "b", "y"), points.get(1).values());
        assertEquals(Map.of("a", "2", "b", "z"), points.get(5).values());
        assertEquals(0, points.get(5).scenario());
        assertEquals(1, points.get(6).scenario());
        assertEquals(points.get(0).values(), points.get(6).values());
        for (int i = 0; i < points.size(); i++) assertEquals(i, points.get(i).index());
    }

    @Test
    void latinHypercubeUsesEveryStratumOfEveryAxisOnce() {
        int n = 25;
        double[][] u = LatinHypercube.sample(n, 4, 11);
        for (int j = 0; j < 4; j++) {
            Set<Integer> strata = new HashSet<>();
            for (double[] row : u) {
                assertTrue(row[j] >= 0 && row[j] < 1);
                strata.add((int) Math.floor(row[j] * n));
            }
            assertEquals(n, strata.size(), "axis " + j);
        }
        assertArrayEquals(u[7], LatinHypercube.sample(n, 4, 11)[7], "same seed, same sample");
    }

    @Test
    void saltelliBlocksAreAThenEachABThenB() {
        int n = 8;
        int k = RANGES.size();
        double[][] u = SaltelliSample.points(n, k);
        assertEquals(n * (k + 2), u.length);
        for (int j = 0; j < n; j++) {
            double[] a = u[j * (k + 2)];
            double[] b = u[j * (k + 2) + k + 1];
            for (int i = 0; i < k; i++) {
                double[] ab = u[j * (k + 2) + 1 + i];
                for (int c = 0; c < k; c++) assertEquals(c == i ? b[c] : a[c], ab[c]);
            }
        }
        List<DesignPoint> points = Designs.points(experiment(new Design.Saltelli(n), RANGES, 1));
        assertEquals(Map.of("sample", "1", "matrix", "AB", "factor", "y"), points.get(k + 2 + 2).structure());
        assertEquals("B", points.get(k + 1).structure().get("matrix"));
        for (DesignPoint p : points) {
            double x = Double.parseDouble(p.values().get("x"));
            double z = Double.parseDouble(p.values().get("z"));
            assertTrue(x >= 0 && x <= 10);
            assertEquals(Math.rint(z), z, "integer factor");
        }
    }

    /** How often each value of {@code key} occurs among the points. */
    private static Map<String, Integer> counts(List<DesignPoint> points, String key) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (DesignPoint p : points) counts.merge(p.values().get(key), 1, Integer::sum);
        return counts;
    }

    @Test
    void anIntegerFactorTakesEachWholeNumberOfItsRangeEquallyOften() {
        // rounding min + u (max - min) gave 1..4 the counts 66/134/134/66 over 400 Latin hypercube samples: the ends
        // had half a unit of the range each
        List<Factor> days = List.of(Factor.range("calendar.days", 1, 4, true));
        assertEquals(Map.of("1", 100, "2", 100, "3", 100, "4", 100),
                counts(Designs.points(experiment(new Design.LatinHypercube(400, 7), days, 1)), "calendar.days"),
                "one stratum in four per whole number");
        // a Sobol sequence is equidistributed: its first 2^m points put 2^m / 4 in each quarter of every axis (the
        // design starts after the origin, hence not exactly 192 of the 256 x (1 + 2) points each)
        Map<String, Integer> saltelli = counts(Designs.points(experiment(new Design.Saltelli(256), days, 1)),
                "calendar.days");
        assertEquals(List.of("1", "2", "3", "4"), List.copyOf(saltelli.keySet()));
        for (int n : saltelli.values()) assertTrue(Math.abs(n - 192) <= 4, saltelli.toString());
        // the same rule for a range with fractional ends: its whole numbers 2, 3 only
        assertEquals(Map.of("2", 50, "3", 50), counts(Designs.points(experiment(new Design.LatinHypercube(100, 7),
                List.of(Factor.range("k", 1.5, 3.2, true)), 1)), "k"));
    }

    @Test
    void wholeNumbersCutTheUnitIntervalIntoEqualShares() {
        assertEquals(1, Factor.wholeNumber(1, 4, 0));
        assertEquals(1, Factor.wholeNumber(1, 4, 0.2499));
        assertEquals(2, Factor.wholeNumber(1, 4, 0.25));
        assertEquals(4, Factor.wholeNumber(1, 4, 0.75));
        assertEquals(4, Factor.wholeNumber(1, 4, Math.nextDown(1.0)));
        assertEquals(4, Factor.wholeNumber(1, 4, 1), "Morris's top level is the top of the range");
        assertEquals(3, Factor.wholeNumber(3, 3, 0.6), "a range of one whole number");
        assertEquals(-2, Factor.wholeNumber(-2.5, 0.5, 0), "ceil(min) to floor(max)");
        assertEquals(0, Factor.wholeNumber(-2.5, 0.5, 0.99));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Factor.wholeNumber(0.2, 0.8, 0.5));
    }

    @Test
    void morrisStepsMoveOneFactorByDeltaEach() {
        Design.Morris design = new Design.Morris(10, 4, 21);
        List<Factor> factors = RANGES.subList(0, 2);
        List<DesignPoint> points = Designs.points(experiment(design, factors, 1));
        assertEquals(10 * 3, points.size());
        for (int t = 0; t < 10; t++) {
            Set<String> moved = new HashSet<>();
            for (int s = 1; s <= 2; s++) {
                DesignPoint before = points.get(t * 3 + s - 1);
                DesignPoint after = points.get(t * 3 + s);
                String f = after.structure().get("factor");
                moved.add(f);
                Factor factor = f.equals("x") ? factors.get(0) : factors.get(1);
                double step = (Double.parseDouble(after.values().get(f)) - Double.parseDouble(before.values().get(f)))
                        / (factor.max() - factor.min());
                int sign = after.structure().get("direction").equals("+1") ? 1 : -1;
                assertEquals(sign * design.delta(), step, 1e-6);
                for (Factor other : factors)
                    if (!other.key().equals(f))
                        assertEquals(before.values().get(other.key()), after.values().get(other.key()));
            }
            assertEquals(Set.of("x", "y"), moved, "every factor moves once per trajectory");
        }
    }

    @Test
    void seedsFollowTheDocumentedFormulas() {
        long base = 42;
        assertEquals(RunSeeds.seed(RunSeeds.seed(base, 3), 5),
                Seeds.INDEPENDENT.seed(base, 3, 5));
        assertEquals(RunSeeds.seed(base, 5), Seeds.COMMON.seed(base, 3, 5));
        assertEquals(Seeds.COMMON.seed(base, 0, 5), Seeds.COMMON.seed(base, 7, 5));
        Set<Long> seen = new HashSet<>();
        for (int p = 0; p < 50; p++) for (int k = 0; k < 50; k++) seen.add(Seeds.INDEPENDENT.seed(base, p, k));
        assertEquals(2500, seen.size());
    }
}
