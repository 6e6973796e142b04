package org.ministerial.gui;

import sim.portrayal.DrawInfo2D;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;

/** Headings of the network display's three regions and what its ties mean. */
final class NetworkLegend extends Overlay<NetworkView> {
    private static final Font HEAD = new Font(Font.SANS_SERIF, Font.BOLD, 12),
            BODY = new Font(Font.SANS_SERIF, Font.PLAIN, 11);

    NetworkLegend() {
        super(NetworkView.WIDTH, NetworkView.HEIGHT);
    }

    @Override
    void paint(NetworkView view, Graphics2D g, DrawInfo2D info) {
        g.setColor(Color.BLACK);
        g.setFont(HEAD);
        float top = (float) py(info, 0.045);
        g.drawString("NGO networks", (float) px(info, 0.02), top);
        g.drawString("Coalitions and their members", (float) px(info, 0.45), top);
        g.drawString("In no coalition (largest first)", (float) px(info, 1.14), top);
        g.setFont(BODY);
        g.setColor(Color.DARK_GRAY);
        float bottom = (float) py(info, 0.94);
        g.drawString(view.space.clock + ".  Squares: NGO networks (darker = more mobilised). Boxes: coalitions, "
                + "members around them.", (float) px(info, 0.02), bottom);
        g.drawString("Circle area = capability, heavy outline = accepts the text. Grey lines: membership. Red-brown "
                + "lines: pressure, width = pressure.", (float) px(info, 0.02), bottom + 15);
    }
}
