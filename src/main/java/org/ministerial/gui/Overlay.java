package org.ministerial.gui;

import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.Portrayal;
import sim.portrayal.simple.OvalPortrayal2D;

import java.awt.Graphics2D;

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
