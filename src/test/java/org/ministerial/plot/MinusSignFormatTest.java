package org.ministerial.plot;

import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.Tick;
import org.jfree.ui.RectangleEdge;
import org.junit.jupiter.api.Test;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tick labels write negative numbers with the minus sign U+2212, never a hyphen-minus or a negative zero. */
class MinusSignFormatTest {
    @Test
    void negativeNumbersTakeTheMinusSignAndZeroHasNone() {
        assertEquals("\u221280", new MinusSignFormat(0).format(-80));
        assertEquals("\u22120.25", new MinusSignFormat(2).format(-0.25));
        assertEquals("0.0", new MinusSignFormat(1).format(-1e-17));
        assertEquals("0", new MinusSignFormat(0).format(-0.0));
        assertEquals("1000", new MinusSignFormat(0).format(1000));
        assertEquals(2, MinusSignFormat.decimalsOf(0.25));
        assertEquals(0, MinusSignFormat.decimalsOf(20));
        assertEquals("\u22120.2", JournalStyle.tickUnit(0.2).valueToString(-0.2));
    }

    @Test
    void theFiguresFontHasTheGlyph() {
        for (java.awt.Font f : List.of(JournalStyle.TICK_FONT, JournalStyle.NOTE_FONT, JournalStyle.LABEL_FONT))
            assertTrue(f.canDisplay(MinusSignFormat.MINUS), f.toString());
    }

    @Test
    void aNumberAxisOverNegativeValuesLabelsItsTicksWithTheMinusSign() {
        NumberAxis axis = new FittingNumberAxis("Difference (pp)");
        JournalStyle.axis(axis);
        axis.setRange(-90, 10);
        BufferedImage image = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        Graphics2D g2 = image.createGraphics();
        List<String> labels = new ArrayList<>();
        for (Object t : axis.refreshTicks(g2, new AxisState(), new Rectangle2D.Double(0, 0, 250, 50),
                RectangleEdge.BOTTOM))
            labels.add(((Tick) t).getText());
        g2.dispose();
        assertTrue(labels.stream().anyMatch(l -> l.startsWith("\u2212")), labels.toString());
        assertFalse(labels.stream().anyMatch(l -> l.contains("-")), labels.toString());
        assertTrue(labels.contains("0"), labels.toString());
    }
}
