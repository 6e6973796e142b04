package org.ministerial.gui;

import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioLoader;
import sim.display.Console;

import javax.swing.SwingUtilities;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Measures how long a round takes in the GUI with every display and chart open, at the Console's Delay 0: the wall
 * time from Play until the Console has stopped and Swing has drawn everything queued, divided by the rounds run.
 * A measurement, not a test (timings depend on the machine). Run on a display, e.g. under Xvfb:
 * <pre>
 *   mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 *   xvfb-run -s "-screen 0 1920x1080x24" java -Djava.awt.headless=false \
 *       -cp target/classes:target/test-classes:$(cat target/classpath.txt) \
 *       org.ministerial.gui.GuiSpeed scenarios/cancun-2003.yaml 8
 * </pre>
 * The first run warms the JVM up and is reported but left out of the summary.
 */
public final class GuiSpeed {
    private GuiSpeed() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) throw new IllegalArgumentException("usage: GuiSpeed SCENARIO [RUNS]");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 6;
        Scenario scenario = ScenarioLoader.load(Path.of(args[0]), Map.of());
        NegotiationWithUI gui = new NegotiationWithUI(scenario, 1);
        gui.setDelay(0);
        Console console = (Console) gui.createController();
        Thread.sleep(2000);
        double[] perRound = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            SwingUtilities.invokeAndWait(console::pressPlay);
            while (console.getPlayState() != Console.PS_STOPPED || !gui.negotiation().isFinished()) Thread.sleep(2);
            SwingUtilities.invokeAndWait(() -> { });
            int rounds = gui.negotiation().rounds().size();
            perRound[r] = (System.nanoTime() - start) / 1e6 / rounds;
            System.out.printf(Locale.ROOT, "run %d: %d rounds, %.1f ms per round%n", r + 1, rounds,
                    perRound[r]);
            Thread.sleep(500);
        }
        double[] warm = Arrays.copyOfRange(perRound, Math.min(1, runs - 1), runs);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "after warm-up: median %.1f ms, max %.1f ms per round (%d runs)%n",
                warm[warm.length / 2], warm[warm.length - 1], warm.length);
        System.exit(0);
    }
}
