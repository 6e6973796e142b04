package org.ministerial.gui;

import sim.util.media.chart.ChartGenerator;

import javax.swing.JFrame;
import java.awt.Rectangle;
import java.util.List;

/**
 * Places the windows so that everything is visible at once on a 1920 x 1080 screen (and proportionally smaller on a
 * smaller one): the policy space top left and the network display beside it; below, the Console and the four charts
 * side by side. MASON's own placement stacks displays over each other.
 */
final class WindowLayout {
    private static final int REFERENCE_WIDTH = 1920, REFERENCE_HEIGHT = 1080;

    private WindowLayout() {
    }

    static void arrange(Rectangle screen, JFrame console, Displays displays, List<JFrame> charts,
                        List<? extends ChartGenerator> generators) {
        double s = Math.min(1, Math.min(screen.width / (double) REFERENCE_WIDTH,
                screen.height / (double) REFERENCE_HEIGHT));
        int policyW = scaled(840, s), topH = scaled(690, s), consoleW = scaled(560, s);
        int networkW = screen.width - policyW, bottomH = screen.height - topH;
        displays.policy.setScale(s);
        // the network display grows to fill its window: it has more to show than room at scale 1
        displays.network.setScale(Math.min((networkW - 30) / (double) Displays.NETWORK_WIDTH,
                (topH - 100) / (double) Displays.NETWORK_HEIGHT));
        displays.policyFrame.setBounds(screen.x, screen.y, policyW, topH);
        displays.networkFrame.setBounds(screen.x + policyW, screen.y, networkW, topH);
        console.setBounds(screen.x, screen.y + topH, consoleW, bottomH);
        int chartW = (screen.width - consoleW) / Math.max(1, charts.size());
        for (int c = 0; c < charts.size(); c++)
            charts.get(c).setBounds(screen.x + consoleW + c * chartW, screen.y + topH, chartW, bottomH);
        // MASON draws a chart at a nominal height and proportion, then scales it to its window: match the window
        double drawW = Math.max(100, chartW - 25), drawH = Math.max(100, bottomH - 75);
        for (ChartGenerator chart : generators) {
            chart.DEFAULT_CHART_HEIGHT = drawH;
            chart.setProportion(drawW / drawH);
        }
    }

    private static int scaled(int size, double s) {
        return (int) Math.round(size * s);
    }
}
