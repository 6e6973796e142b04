package org.ministerial.plot;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Hyndman and Fan's definition 7, checked against R's {@code quantile(x, p)} (type 7, the default). */
class QuantilesTest {
    @Test
    void matchesRType7() {
        double[] oneToFour = {1, 2, 3, 4};
        assertEquals(1.75, Quantiles.of(oneToFour, 0.25), 1e-12);
        assertEquals(2.5, Quantiles.of(oneToFour, 0.5), 1e-12);
        double[] oneToTen = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(9.775, Quantiles.of(oneToTen, 0.975), 1e-12);
        assertEquals(1.225, Quantiles.of(oneToTen, 0.025), 1e-12);
        assertEquals(10, Quantiles.of(oneToTen, 1), 1e-12);
        assertEquals(7, Quantiles.of(new double[] {7}, 0.3), 1e-12);
    }

    @Test
    void rejectsEmptyInputAndBadProbabilities() {
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[0], 0.5));
        assertThrows(IllegalArgumentException.class, () -> Quantiles.of(new double[] {1}, 1.5));
    }

    @Test
    void tukeyBoxPutsFarValuesOutsideTheWhiskers() {
        BoxStats b = BoxStats.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 100});
        assertEquals(5.5, b.median(), 1e-12);
        assertEquals(3.25, b.q1(), 1e-12);
        assertEquals(7.75, b.q3(), 1e-12);
        assertEquals(1, b.whiskerLow(), 1e-12);
        assertEquals(9, b.whiskerHigh(), 1e-12);
        assertEquals(List.of(100.0), b.outliers());
    }
}
