package org.ministerial.gui;

import sim.display.Display2D;
import sim.display.GUIState;
import sim.util.Bag;

import javax.swing.SwingUtilities;
import java.awt.Point;
import java.awt.event.MouseEvent;
import java.awt.geom.Rectangle2D;

/**
 * A display on which one click inspects what is under the pointer. MASON's Display2D selects on a click and inspects
 * only on a double click; here a single left click does both. Display2D hands every mouse event to
 * {@link #handleMouseEvent} before its own handling, and skips that handling when the method returns true: the hook
 * MASON provides for custom clicks. A click on empty space clears the selection but leaves the Inspectors tab as it
 * was, so a stray click does not throw away what the user was reading.
 */
final class ClickToInspectDisplay extends Display2D {
    private static final long serialVersionUID = 1L;

    private final GUIState gui;

    ClickToInspectDisplay(double width, double height, GUIState gui) {
        super(width, height, gui);
        this.gui = gui;
    }

    @Override
    public boolean handleMouseEvent(MouseEvent event) {
        if (super.handleMouseEvent(event)) return true; // a portrayal or MASON's own right-button handling took it
        if (event.getID() != MouseEvent.MOUSE_CLICKED || !SwingUtilities.isLeftMouseButton(event)) return false;
        // the second click of a double click repeats the first: already inspected
        if (event.getClickCount() == 1) inspectAt(event.getPoint());
        return true;
    }

    /**
     * Selects the objects at a point of the display and opens their inspectors in the Console.
     *
     * @return whether anything was there
     */
    boolean inspectAt(Point point) {
        Rectangle2D.Double at = new Rectangle2D.Double(point.x, point.y, 1, 1);
        performSelection(at);
        boolean hit = false;
        for (Bag layer : objectsHitBy(at)) hit |= !layer.isEmpty();
        if (hit) createInspectors(at, gui);
        return hit;
    }
}
