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
