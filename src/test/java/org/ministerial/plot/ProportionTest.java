package org.ministerial.plot;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Intervals against the worked examples published with the methods: R. G. Newcombe, "Two-sided confidence intervals
 * for the single proportion" (Table I, score method) and "Interval estimation for the difference between independent
 * proportions" (Table II, method 10), both Statistics in Medicine 17 (1998), reported to four decimals.
 */
class ProportionTest {
    private static final double PUBLISHED = 5e-5;

    private static void interval(double lower, double upper, Interval actual) {
        assertEquals(lower, actual.lower(), PUBLISHED, "lower");
        assertEquals(upper, actual.upper(), PUBLISHED, "upper");
    }

    @Test
    void wilsonMatchesNewcombesSingleProportionExamples() {
        interval(0.2553, 0.3662, new Proportion(81, 263).wilson());
        interval(0.0624, 0.1605, new Proportion(15, 148).wilson());
        interval(0.0, 0.1611, new Proportion(0, 20).wilson());
        interval(0.0061, 0.1718, new Proportion(1, 29).wilson());
    }

    @Test
    void differenceMatchesNewcombesMethodTen() {
        interval(0.0524, 0.3339, new Proportion(56, 70).minus(new Proportion(48, 80)));
        interval(0.1705, 0.8090, new Proportion(9, 10).minus(new Proportion(3, 10)));
        interval(0.0582, 0.8062, new Proportion(6, 7).minus(new Proportion(2, 7)));
        interval(-0.0381, 0.1926, new Proportion(5, 56).minus(new Proportion(0, 29)));
    }

    @Test
    void differenceOfEqualSharesIsCentredOnZero() {
        Interval d = new Proportion(30, 100).minus(new Proportion(30, 100));
        assertEquals(0, d.lower() + d.upper(), 1e-12);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThrows(IllegalArgumentException.class, () -> new Proportion(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new Proportion(5, 4));
        assertThrows(IllegalArgumentException.class, () -> new Proportion(-1, 4));
    }
}
