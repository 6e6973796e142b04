package org.ministerial.gui;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Coalition colours stay apart in grayscale, keep their colour, and "no coalition" is its own grey. */
class CoalitionPaletteTest {

    @Test
    void distinctColoursDifferInLightnessNotOnlyInHue() {
        int n = CoalitionPalette.distinct();
        double[] lightness = new double[n];
        for (int c = 0; c < n; c++) lightness[c] = CoalitionPalette.luminance(CoalitionPalette.of(c));
        Arrays.sort(lightness);
        for (int i = 1; i < n; i++)
            assertTrue(lightness[i] - lightness[i - 1] >= 0.08, "luminance steps " + Arrays.toString(lightness));
    }

    @Test
    void theFirstCoalitionsAreFarApartInLightness() {
        double first = CoalitionPalette.luminance(CoalitionPalette.of(0));
        double second = CoalitionPalette.luminance(CoalitionPalette.of(1));
        assertTrue(Math.abs(first - second) >= 0.5, first + " vs " + second);
    }

    @Test
    void aCoalitionKeepsItsColourAndColoursRepeatOnlyAfterTheLast() {
        int n = CoalitionPalette.distinct();
        assertEquals(CoalitionPalette.of(2), CoalitionPalette.of(2));
        assertEquals(CoalitionPalette.of(1), CoalitionPalette.of(1 + n));
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++)
                assertTrue(!CoalitionPalette.of(a).equals(CoalitionPalette.of(b)), a + " and " + b);
        Color none = CoalitionPalette.of(-1);
        assertEquals(CoalitionPalette.NONE, none);
        for (int c = 0; c < n; c++) assertTrue(!none.equals(CoalitionPalette.of(c)));
    }
}
