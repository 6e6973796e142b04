package org.ministerial.gui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.ministerial.batch.RunSeeds;
import org.ministerial.model.Negotiation;
import org.ministerial.model.RunResult;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioLoader;
import sim.display.Console;
import sim.display.Display2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.Inspector;
import sim.portrayal.LocationWrapper;
import sim.util.Bag;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.imageio.ImageIO;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;
import java.awt.Component;
import java.awt.Container;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.event.MouseEvent;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The acceptance test of the GUI, on a real (virtual) screen: {@code .ci/run} starts Xvfb and runs it with
 * {@code mvn test -Pgui}. It opens the Console on Cancún, plays the run to its end, saves a snapshot of each display
 * and chart (and of the whole screen) under {@code target/gui-snapshots/}, before Play ({@code opening-*.png}) and at
 * the end, and checks that no image is blank, that the policy space portrays one marker per negotiating actor before
 * Play and after, that one click on a country inspects it, and that the run shown is the run
 * {@code ministerial run --seed 1} reports.
 */
@Tag("gui")
class GuiAcceptanceTest {
    private static final Path CANCUN = Path.of("scenarios/cancun-2003.yaml");
    private static final Path SNAPSHOTS = Path.of("target", "gui-snapshots");
    /** Guards against a hung Console only; the run takes seconds. */
    private static final long GIVE_UP_MS = 300_000;

    private NegotiationWithUI gui;
    private Console console;

    @AfterEach
    void close() throws Exception {
        if (gui == null) return;
        // not Console.doClose(): closing the last Console exits the JVM, and with it the test runner
        SwingUtilities.invokeAndWait(() -> {
            gui.quit();
            console.dispose();
        });
    }

    @Test
    void cancunRunsToTheEndThroughTheConsole() throws Exception {
        assertFalse(GraphicsEnvironment.isHeadless(), "needs a display: run with -Pgui and DISPLAY set (.ci/run)");
        Scenario scenario = ScenarioLoader.load(CANCUN, Map.of());
        gui = new NegotiationWithUI(scenario, 1);
        gui.setDelay(0);
        console = (Console) gui.createController();
        settle();
        int actors = scenario.spec().actors().size();
        assertEquals(actors, countryMarkersPortrayed(gui.displays().policy), "the opening is drawn before Play");
        assertEquals(0, gui.negotiation().rounds().size(), "nothing played yet");
        Files.createDirectories(SNAPSHOTS);
        for (Map.Entry<String, BufferedImage> image : snapshots("opening-").entrySet())
            assertNotBlank(image.getKey(), image.getValue());

        SwingUtilities.invokeAndWait(console::pressPlay);
        long deadline = System.currentTimeMillis() + GIVE_UP_MS;
        while (!(gui.negotiation().isFinished() && console.getPlayState() == Console.PS_STOPPED)) {
            assertTrue(System.currentTimeMillis() < deadline, "the run did not end");
            Thread.sleep(20);
        }
        settle();

        Negotiation shown = gui.negotiation();
        assertEquals(1, shown.seed(), "the Console's seed field holds the base seed");
        RunResult headless = Negotiation.runToEnd(scenario.spec().withInputsDrawn(RunSeeds.inputSeed(1, 0)),
                RunSeeds.seed(1, 0));
        assertEquals(headless.outcome(), shown.result().outcome(), "the run `run --seed 1` reports");
        assertEquals(headless.endRound(), shown.result().endRound());
        String clock = shown.schedule.getTimestamp("At Start", "At End");
        assertTrue(clock.startsWith(headless.outcome().label() + ", day " + headless.endDay()), clock);

        assertEquals(actors, countryMarkersPortrayed(gui.displays().policy));
        assertEquals(actors, gui.space().countries.getAllObjects().numObjs);
        for (TimeSeriesChartGenerator chart : gui.charts().all())
            assertTrue(chart.getSeriesCount() > 0, chart.getTitle());
        assertEquals(shown.rounds().size(), gui.charts().points(), "one point per round");

        clickOn(scenario.spec().indexOfActor("IND"));
        settle();
        Map<String, BufferedImage> images = snapshots("");
        for (Map.Entry<String, BufferedImage> image : images.entrySet())
            assertNotBlank(image.getKey(), image.getValue());
    }

    /** Distinct country markers the policy display's portrayals report anywhere in the display. */
    private static int countryMarkersPortrayed(Display2D display) throws Exception {
        Set<Integer> seen = new HashSet<>();
        int[] hits = new int[1];
        SwingUtilities.invokeAndWait(() -> {
            Rectangle all = new Rectangle(0, 0, display.insideDisplay.getWidth(), display.insideDisplay.getHeight());
            for (Bag layer : display.objectsHitBy(new Rectangle2D.Double(all.x, all.y, all.width, all.height)))
                for (Object o : layer) {
                    Object portrayed = ((LocationWrapper) o).getObject();
                    if (portrayed instanceof CountryMarker m) {
                        seen.add(m.index);
                        hits[0]++;
                    }
                }
        });
        assertEquals(seen.size(), hits[0], "each actor portrayed once");
        return seen.size();
    }

    /**
     * Clicks a country once, as the user would: a single left click reaches the display's mouse listeners, selects the
     * marker under the pointer and opens its inspector in the Console.
     */
    private void clickOn(int actor) throws Exception {
        Display2D display = gui.displays().policy;
        CountryMarker marker = gui.space().markers[actor];
        SwingUtilities.invokeAndWait(() -> {
            DrawInfo2D field = display.getDrawInfo2D(gui.displays().countries, new Rectangle2D.Double(0, 0, 1, 1));
            Point2D.Double at = gui.displays().countries.getObjectPosition(marker, field);
            boolean hit = false;
            for (Bag layer : display.objectsHitBy(at))
                for (Object o : layer) hit |= ((LocationWrapper) o).getObject() == marker;
            assertTrue(hit, "the marker is under its own position");
            int x = (int) Math.round(at.x), y = (int) Math.round(at.y);
            long now = System.currentTimeMillis();
            display.insideDisplay.dispatchEvent(new MouseEvent(display.insideDisplay, MouseEvent.MOUSE_PRESSED, now,
                    InputEvent.BUTTON1_DOWN_MASK, x, y, 1, false, MouseEvent.BUTTON1));
            display.insideDisplay.dispatchEvent(new MouseEvent(display.insideDisplay, MouseEvent.MOUSE_RELEASED, now,
                    0, x, y, 1, false, MouseEvent.BUTTON1));
            display.insideDisplay.dispatchEvent(new MouseEvent(display.insideDisplay, MouseEvent.MOUSE_CLICKED, now,
                    0, x, y, 1, false, MouseEvent.BUTTON1));
        });
        boolean selected = false;
        for (LocationWrapper w : display.getSelectedWrappers()) selected |= w.getObject() == marker;
        assertTrue(selected, "the clicked country is selected");
        List<String> inspected = new ArrayList<>();
        Inspector opened = null;
        for (Object inspector : console.getAllInspectors()) {
            inspected.add(((Inspector) inspector).getTitle());
            if (((Inspector) inspector).getTitle().equals(marker.toString())) opened = (Inspector) inspector;
        }
        assertTrue(opened != null, "one click opens its inspector: " + inspected);
        PolicyPosition where = gui.space().positionOf(marker);
        List<String> labels = new ArrayList<>();
        collectLabels(opened, labels);
        assertTrue(labels.contains(where.toString()), "its position is in the policy space: " + labels);
    }

    private static void collectLabels(Container c, List<String> into) {
        for (Component child : c.getComponents()) {
            if (child instanceof JLabel label) into.add(label.getText());
            if (child instanceof Container inner) collectLabels(inner, into);
        }
    }

    /** Snapshots of both displays, the four charts and the whole screen, as files named with this prefix. */
    private Map<String, BufferedImage> snapshots(String prefix) throws Exception {
        Map<String, BufferedImage> images = new HashMap<>();
        File policy = SNAPSHOTS.resolve(prefix + "policy-space.png").toFile();
        File network = SNAPSHOTS.resolve(prefix + "network.png").toFile();
        SwingUtilities.invokeAndWait(() -> {
            try {
                gui.displays().policy.takeSnapshot(policy, Display2D.TYPE_PNG);
                gui.displays().network.takeSnapshot(network, Display2D.TYPE_PNG);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        images.put(prefix + "policy-space", ImageIO.read(policy));
        images.put(prefix + "network", ImageIO.read(network));
        String[] names = {"chart-accepting", "chart-distance", "chart-mobilisation", "chart-coalitions"};
        for (int c = 0; c < names.length; c++) {
            TimeSeriesChartGenerator chart = gui.charts().all().get(c);
            BufferedImage[] image = new BufferedImage[1];
            SwingUtilities.invokeAndWait(() -> image[0] = chart.getChart().createBufferedImage(800, 500));
            ImageIO.write(image[0], "png", SNAPSHOTS.resolve(prefix + names[c] + ".png").toFile());
            images.put(prefix + names[c], image[0]);
        }
        Rectangle screen = GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds();
        BufferedImage whole = new Robot().createScreenCapture(screen);
        ImageIO.write(whole, "png", SNAPSHOTS.resolve(prefix + "screen.png").toFile());
        images.put(prefix + "screen", whole);
        return images;
    }

    /** Not blank: at least 2% of the pixels differ from the commonest colour, in at least 8 colours. */
    private static void assertNotBlank(String name, BufferedImage image) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) counts.merge(image.getRGB(x, y), 1, Integer::sum);
        int total = image.getWidth() * image.getHeight();
        int background = counts.values().stream().max(Integer::compare).orElse(total);
        assertTrue(total - background >= 0.02 * total, name + ": " + (total - background) + " of " + total
                + " pixels differ from the background");
        assertTrue(counts.size() >= 8, name + ": only " + counts.size() + " colours");
    }

    /** Lets Swing finish what the Console and the charts queued (layout, repaints, chart updates). */
    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            SwingUtilities.invokeAndWait(() -> { });
            Thread.sleep(300);
        }
    }
}
