package org.ministerial.gui;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import sim.util.media.chart.TimeSeriesChartGenerator;

import java.awt.Color;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charts count rounds in whole numbers over the whole meeting and draw in the Okabe-Ito colours. */
class ChartsTest {
    @Test
    void roundsAreWholeAndTheAxisSpansTheMeeting() {
        Charts charts = new Charts();
        charts.reset(15);
        for (TimeSeriesChartGenerator chart : charts.all()) {
            NumberAxis rounds = (NumberAxis) chart.getChart().getXYPlot().getDomainAxis();
            assertEquals(1, rounds.getLowerBound(), chart.getTitle());
            assertEquals(15, rounds.getUpperBound(), chart.getTitle());
            double tick = rounds.getStandardTickUnits().getCeilingTickUnit(0.3).getSize();
            assertEquals(1.0, tick, "the smallest tick is one round");
            for (int i = 0; i < 20; i++) {
                double size = rounds.getStandardTickUnits().getCeilingTickUnit(Math.pow(1.7, i)).getSize();
                assertEquals(Math.rint(size), size, "every tick unit is whole: " + size);
            }
        }
    }

    @Test
    void seriesAreDrawnInTheOkabeItoColours() {
        Charts charts = new Charts();
        charts.reset(15);
        for (TimeSeriesChartGenerator chart : charts.all()) {
            XYPlot plot = chart.getChart().getXYPlot();
            assertTrue(chart.getSeriesCount() > 0);
            for (int s = 0; s < chart.getSeriesCount(); s++)
                assertEquals(Charts.SERIES_COLOURS[s], plot.getRenderer().getSeriesPaint(s), chart.getTitle());
        }
        assertEquals(new Color(0x0072B2), Charts.SERIES_COLOURS[0], "Okabe-Ito blue");
    }
}
