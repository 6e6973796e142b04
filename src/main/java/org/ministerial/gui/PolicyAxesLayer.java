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

    @Override
    void paint(PolicySpace space, Graphics2D g, DrawInfo2D info) {
        double x0 = px(info, PolicySpace.LEFT), x1 = px(info, PolicySpace.LEFT + 1);
        double y0 = py(info, PolicySpace.TOP + 1), y1 = py(info, PolicySpace.TOP);
        g.setColor(PLOT);
        g.fill(new Rectangle2D.Double(x0, y1, x1 - x0, y0 - y1));
        g.setStroke(new BasicStroke(1f));
        g.setFont(TICK);
        for (int t = 0; t <= 4; t++) {
            double f = t / 4.0, gx = x0 + f * (x1 - x0), gy = y0 - f * (y0 - y1);
            g.setColor(GRID);
            g.draw(new Line2D.Double(gx, y0, gx, y1));
            g.draw(new Line2D.Double(x0, gy, x1, gy));
            g.setColor(Color.DARK_GRAY);
            String label = t == 0 ? "0" : (t == 4 ? "1" : String.valueOf(f));
            g.drawString(label, (float) gx - 6, (float) y0 + 13);
            g.drawString(label, (float) x0 - 26, (float) gy + 4);
        }
        g.setColor(Color.GRAY);
        g.draw(new Rectangle2D.Double(x0, y1, x1 - x0, y0 - y1));
        g.setColor(Color.BLACK);
        g.setFont(TITLE);
        g.drawString(space.axes.xName() + ", salience-weighted (0 = status quo, 1 = deepest commitment) \u2192",
                (float) x0, (float) y0 + 30);
        g.setFont(TICK);
        g.setColor(Color.DARK_GRAY);
        g.drawString("x: " + space.axes.xLabel() + ";  y: " + space.axes.yLabel(), (float) x0, (float) y0 + 46);
        g.setFont(TITLE);
        g.setColor(Color.BLACK);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, x0 - 34, y0);
        g.drawString(space.axes.yName() + ", salience-weighted \u2192", (float) (x0 - 34), (float) y0);
        g.setTransform(saved);
    }
}
