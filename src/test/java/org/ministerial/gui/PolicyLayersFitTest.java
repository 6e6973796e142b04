package org.ministerial.gui;

import org.junit.jupiter.api.Test;
import org.ministerial.scenario.ScenarioLoader;
import sim.portrayal.DrawInfo2D;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The legend and the axis titles of the policy space stay inside the display at every scale the window layout
 * chooses (1 on a 1920 x 1080 screen, 0.83 on 1600 x 1000, less on smaller screens) or the user zooms to: drawn onto
 * a canvas twice the display's size, nothing lands right of or below the display.
 */
class PolicyLayersFitTest {

    @Test
    void theLegendAndAxisLabelsFitTheDisplayAtEveryScale() throws Exception {
        NegotiationWithUI gui = new NegotiationWithUI(
                ScenarioLoader.load(Path.of("scenarios/cancun-2003.yaml"), Map.of()), 1);
        gui.start();
        while (gui.step()) {
            // to the end, where the legend lists the most coalitions
        }
        for (double scale : new double[] {1.2, 1, 1600 / 1920.0, 0.6}) {
            PolicyLegend legend = new PolicyLegend();
            legend.setField(gui.space());
            PolicyAxesLayer axes = new PolicyAxesLayer();
            axes.setField(gui.space());
            int width = (int) Math.ceil(Displays.POLICY_WIDTH * scale),
                    height = (int) Math.ceil(Displays.POLICY_HEIGHT * scale);
            BufferedImage canvas = new BufferedImage(2 * width, 2 * height, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = canvas.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Rectangle2D.Double field = new Rectangle2D.Double(0, 0, width, height);
            axes.draw(null, g, new DrawInfo2D(gui, axes, field, field));
            legend.draw(null, g, new DrawInfo2D(gui, legend, field, field));
            g.dispose();
            int right = 0, bottom = 0;
            for (int y = 0; y < canvas.getHeight(); y++)
                for (int x = 0; x < canvas.getWidth(); x++)
                    if ((canvas.getRGB(x, y) >>> 24) != 0) {
                        right = Math.max(right, x);
                        bottom = Math.max(bottom, y);
                    }
            assertTrue(right < width, "scale " + scale + ": drawn up to x = " + right + " of " + width);
            assertTrue(bottom < height, "scale " + scale + ": drawn down to y = " + bottom + " of " + height);
        }
    }
}
