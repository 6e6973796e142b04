package org.ministerial.batch;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DecimalsTest {
    @Test
    void keepsSixPlacesInPlainNotation() {
        assertEquals("0.333333", Decimals.format(1.0 / 3));
        assertEquals("0.5", Decimals.format(0.5));
        assertEquals("3", Decimals.format(3.0));
        assertEquals("100000000000000000000", Decimals.format(1e20));
        assertEquals("0.000001", Decimals.format(1e-6));
        assertEquals("x,0.01,-2.5", Decimals.appendTo(Decimals.appendTo(new StringBuilder("x,"), 0.01).append(','), -2.5)
                .toString());
    }

    /**
     * The fast path of {@link Decimals#format} must write exactly what the decimal rule gives: rounding the
     * {@code Double.toString} decimal half-even to six places. Checked on values of every magnitude a run writes, on
     * values near half a millionth (the ties), and on multiples of a millionth.
     */
    @Test
    void writesWhatTheDecimalRuleGives() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            double magnitude = Math.pow(10, random.nextInt(-9, 11));
            double value = (random.nextDouble() * 2 - 1) * magnitude;
            assertEquals(reference(value), Decimals.format(value), () -> "value " + value);
            double tie = (Math.floor(value * 1e6) + 0.5) / 1e6;
            assertEquals(reference(tie), Decimals.format(tie), () -> "near-tie " + tie);
            double grid = Math.rint(value * 1e6) / 1e6;
            assertEquals(reference(grid), Decimals.format(grid), () -> "grid " + grid);
        }
        assertEquals("0.000001", Decimals.format(0.0000005000000001));
        assertEquals("0", Decimals.format(0.0000005));
        assertEquals("0.000002", Decimals.format(0.0000015));
        assertEquals("-2.5", Decimals.format(-2.5));
        assertEquals("1", Decimals.format(0.9999996));
    }

    private static String reference(double value) {
        return new java.math.BigDecimal(Double.toString(value)).setScale(Decimals.PLACES, java.math.RoundingMode.HALF_EVEN)
                .stripTrailingZeros().toPlainString().replaceFirst("^-0$", "0").replaceFirst("^0E-?\\d+$", "0");
    }

    @Test
    void neverWritesNegativeZero() {
        assertEquals("0", Decimals.format(-0.0));
        assertEquals("0", Decimals.format(-1e-9));
        assertEquals("0", Decimals.format(1e-9));
    }

    @Test
    void namesNonFiniteValues() {
        assertEquals("NaN", Decimals.format(Double.NaN));
        assertEquals("Inf", Decimals.format(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", Decimals.format(Double.NEGATIVE_INFINITY));
        assertNull(Decimals.round(Double.NaN));
    }
}
