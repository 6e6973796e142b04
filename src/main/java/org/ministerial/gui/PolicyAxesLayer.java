package org.ministerial.gui;

import sim.portrayal.DrawInfo2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;

/** The frame, grid and axis titles of the policy space: 0 is the status quo, 1 the deepest commitment. */
final class PolicyAxesLayer extends Overlay<PolicySpace> {
    private static final Color PLOT = new Color(0xFAFAFA), GRID = new Color(0xE2E2E2);
    private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 10),
            TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 12);

    PolicyAxesLayer() {
        super(PolicySpace.WIDTH, PolicySpace.HEIGHT);
    }

    /** Text in the sizes of scale 1, scaled with the display ({@link Overlay#scale}) so labels keep to the margins. */
    @Override
    void paint(PolicySpace space, Graphics2D g, DrawInfo2D info) {
        double k = scale(info, Displays.POLICY_WIDTH);
        double x0 = px(info, PolicySpace.LEFT), x1 = px(info, PolicySpace.LEFT + 1);
        double y0 = py(info, PolicySpace.TOP + 1), y1 = py(info, PolicySpace.TOP);
        g.setColor(PLOT);
        g.fill(new Rectangle2D.Double(x0, y1, x1 - x0, y0 - y1));
        g.setStroke(new BasicStroke(1f));
        for (int t = 0; t <= 4; t++) {
            double f = t / 4.0, gx = x0 + f * (x1 - x0), gy = y0 - f * (y0 - y1);
            g.setColor(GRID);
            g.draw(new Line2D.Double(gx, y0, gx, y1));
            g.draw(new Line2D.Double(x0, gy, x1, gy));
            g.setColor(Color.DARK_GRAY);
            String label = t == 0 ? "0" : (t == 4 ? "1" : String.valueOf(f));
            drawText(g, label, TICK, gx - 6 * k, y0 + 13 * k, k);
            drawText(g, label, TICK, x0 - 26 * k, gy + 4 * k, k);
        }
        g.setColor(Color.GRAY);
        g.draw(new Rectangle2D.Double(x0, y1, x1 - x0, y0 - y1));
        g.setColor(Color.BLACK);
        drawText(g, space.axes.xName() + ", salience-weighted (0 = status quo, 1 = deepest commitment) \u2192", TITLE,
                x0, y0 + 30 * k, k);
        g.setColor(Color.DARK_GRAY);
        drawText(g, "x: " + space.axes.xLabel(), TICK, x0, y0 + 45 * k, k);
        drawText(g, "y: " + space.axes.yLabel(), TICK, x0, y0 + 57 * k, k);
        g.setColor(Color.BLACK);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, x0 - 34 * k, y0);
        drawText(g, space.axes.yName() + ", salience-weighted \u2192", TITLE, x0 - 34 * k, y0, k);
        g.setTransform(saved);
    }
}
