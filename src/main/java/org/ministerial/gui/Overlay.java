package org.ministerial.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.simple.OvalPortrayal2D;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;

/**
 * A display layer drawn as a whole rather than object by object (axes, trails, a legend). Its field is the state it
 * draws; it cannot be clicked, so it never hides the markers below it from the inspectors. Coordinates: the layer
 * receives the rectangle of the whole field in pixels, and {@link #px}/{@link #py} convert field units.
 */
abstract class Overlay<T> extends FieldPortrayal2D {
    private final double fieldWidth, fieldHeight;

    Overlay(double fieldWidth, double fieldHeight) {
        this.fieldWidth = fieldWidth;
        this.fieldHeight = fieldHeight;
    }

    @Override
    @SuppressWarnings("unchecked")
    public final void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        Object state = getField();
        if (state != null) paint((T) state, graphics, info);
    }

    /** Draws the layer; {@code info.draw} is the whole field in pixels, {@code info.clip} the visible part. */
    abstract void paint(T state, Graphics2D g, DrawInfo2D info);

    /**
     * How many times its size at scale 1 the field is drawn now ({@code info.draw.width} over its nominal width in
     * pixels). Text drawn in pixels is multiplied by it, so that a layer keeps its proportions when the display is
     * scaled down to fit a smaller screen instead of overflowing the field's margins.
     */
    static double scale(DrawInfo2D info, int nominalWidthPixels) {
        return info.draw.width / nominalWidthPixels;
    }

    /**
     * Draws text whose baseline starts at (x, y) in pixels, in a font sized for scale 1 and scaled by {@code k} as a
     * whole, with fractional glyph advances: its width then follows the display's scale exactly, which resizing the
     * font does not (glyph widths are rounded to whole pixels per size, and a small font comes out relatively wider).
     */
    static void drawText(Graphics2D g, String text, Font font, double x, double y, double k) {
        AffineTransform saved = g.getTransform();
        Object metrics = g.getRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS);
        // whole-pixel advances would be rounded at the drawn size, and the text's width with them
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.translate(x, y);
        g.scale(k, k);
        g.setFont(font);
        g.drawString(text, 0f, 0f);
        g.setTransform(saved);
        if (metrics != null) g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, metrics);
    }

    double px(DrawInfo2D info, double x) {
        return info.draw.x + x * info.draw.width / fieldWidth;
    }

    double py(DrawInfo2D info, double y) {
        return info.draw.y + y * info.draw.height / fieldHeight;
    }

    @Override
    public Portrayal getDefaultPortrayal() {
        return new OvalPortrayal2D(); // never used: an overlay draws itself
    }
}
