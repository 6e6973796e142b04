package org.ministerial.gui;

import sim.portrayal.DrawInfo2D;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** The legend of the policy-space display, in the margin right of the axes: every mark and the coalitions now. */
final class PolicyLegend extends Overlay<PolicySpace> {
    private static final Font HEAD = new Font(Font.SANS_SERIF, Font.BOLD, 12),
            BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private static final double LINE = 17;

    PolicyLegend() {
        super(PolicySpace.WIDTH, PolicySpace.HEIGHT);
    }

    /** Drawn in the pixels of scale 1, then scaled with the display ({@link Overlay#scale}) so it fits its margin. */
    @Override
    void paint(PolicySpace space, Graphics2D g, DrawInfo2D info) {
        double k = scale(info, Displays.POLICY_WIDTH);
        AffineTransform saved = g.getTransform();
        Object metrics = g.getRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS);
        // text widths in proportion to the scale, not rounded to whole pixels at the drawn size
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.translate(px(info, PolicySpace.LEFT), py(info, PolicySpace.TOP));
        g.scale(k, k);
        g.setColor(Color.BLACK);
        g.setFont(HEAD);
        g.drawString(space.model.getSpec().name() + ", " + space.clock, 0f, -8f);
        g.setTransform(saved);
        g.translate(px(info, PolicySpace.LEFT + 1.05), py(info, PolicySpace.TOP));
        g.scale(k, k);
        paintKey(space, g);
        g.setTransform(saved);
        if (metrics != null) g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, metrics);
    }

    /** The coalitions and marks, from (0, 0) at the top left of the margin, in pixels of scale 1. */
    private void paintKey(PolicySpace space, Graphics2D g) {
        double x = 0, y = 4;
        g.setColor(Color.BLACK);
        g.setFont(HEAD);
        g.drawString("Coalitions", (float) x, (float) y);
        g.setFont(BODY);
        int shown = 0;
        for (PolicySpace.CoalitionSummary c : space.coalitions) {
            if (shown++ == 12) {
                y += LINE;
                g.setColor(Color.BLACK);
                g.drawString("... and " + (space.coalitions.size() - 12) + " more", (float) x, (float) y);
                break;
            }
            y += LINE;
            g.setColor(CoalitionPalette.of(c.index()));
            g.fill(new Ellipse2D.Double(x, y - 10, 11, 11));
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Ellipse2D.Double(x, y - 10, 11, 11));
            g.drawString(c.id() + " (" + c.size() + ")", (float) (x + 17), (float) y);
        }
        y += LINE;
        g.setColor(CoalitionPalette.NONE);
        g.setStroke(new BasicStroke(1.6f));
        g.draw(new Ellipse2D.Double(x, y - 10, 11, 11));
        g.setColor(Color.BLACK);
        g.drawString("in no coalition", (float) (x + 17), (float) y);

        y += LINE * 1.6;
        g.setFont(HEAD);
        g.drawString("Marks", (float) x, (float) y);
        g.setFont(BODY);
        y = entry(g, x, y, "circle area = capability", (gx, gy) -> {
            g.setColor(Color.GRAY);
            g.fill(new Ellipse2D.Double(gx, gy - 10, 7, 7));
            g.fill(new Ellipse2D.Double(gx + 6, gy - 12, 11, 11));
        });
        y = entry(g, x, y, "heavy outline: accepts", (gx, gy) -> {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2.4f));
            g.draw(new Ellipse2D.Double(gx, gy - 10, 11, 11));
        });
        y = entry(g, x, y, "crossed: walked out", (gx, gy) -> {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1.6f));
            g.draw(new Ellipse2D.Double(gx, gy - 10, 11, 11));
            g.draw(new Line2D.Double(gx, gy - 10, gx + 11, gy + 1));
            g.draw(new Line2D.Double(gx, gy + 1, gx + 11, gy - 10));
        });
        y = entry(g, x, y, "+ ideal point (line: largest)", (gx, gy) -> {
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(gx, gy - 4, gx + 12, gy - 4));
            g.draw(new Line2D.Double(gx + 12, gy - 8, gx + 12, gy));
        });
        y = entry(g, x, y, "trail, one point a round", (gx, gy) -> {
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(1f));
            Path2D.Double p = new Path2D.Double();
            p.moveTo(gx, gy);
            p.lineTo(gx + 5, gy - 8);
            p.lineTo(gx + 13, gy - 4);
            g.draw(p);
        });
        y = entry(g, x, y, "chair's text (dashed: its trail)", (gx, gy) -> {
            Path2D.Double s = TextPortrayal.star(gx + 6, gy - 4, 8, 3.4);
            g.setColor(Color.WHITE);
            g.fill(s);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(s);
        });
        y = entry(g, x, y, "NGO network (dark = mobilised)", (gx, gy) -> {
            g.setColor(HubPortrayal.shade(0.6));
            g.fill(new Rectangle2D.Double(gx, gy - 10, 11, 11));
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(1f));
            g.draw(new Rectangle2D.Double(gx, gy - 10, 11, 11));
        });
        entry(g, x, y, "pressure tie (width = pressure)", (gx, gy) -> {
            g.setColor(TieColours.PRESSURE);
            g.setStroke(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(gx, gy - 4, gx + 13, gy - 4));
        });
    }

    private interface Swatch {
        void draw(double x, double y);
    }

    private static double entry(Graphics2D g, double x, double y, String text, Swatch swatch) {
        y += LINE;
        swatch.draw(x, y);
        g.setColor(Color.BLACK);
        g.setFont(BODY);
        g.drawString(text, (float) (x + 20), (float) y);
        return y;
    }
}
