package org.ministerial.gui;

import java.awt.Color;

/** Colours of the edges, shared by the displays and their legends. */
final class TieColours {
    /** NGO pressure ties: translucent red-brown, darker than every coalition fill but the first. */
    static final Color PRESSURE = new Color(150, 40, 20, 110);
    /** Coalition membership ties on the network display. */
    static final Color MEMBERSHIP = new Color(80, 80, 80, 120);

    private TieColours() {
    }
}
