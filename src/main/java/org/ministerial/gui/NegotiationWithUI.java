package org.ministerial.gui;

import org.ministerial.model.Negotiation;
import org.ministerial.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.util.gui.HTMLBrowser;
import sim.util.media.chart.TimeSeriesChartGenerator;

import javax.swing.JFrame;
import javax.swing.JTabbedPane;
import java.awt.GraphicsEnvironment;
import java.util.ArrayList;
import java.util.List;

/**
 * The MASON GUI of a negotiation (MASON's model / agents / WithUI split: the model is {@link Negotiation}, which knows
 * nothing of this class). It opens the Console with the policy-space and network displays and four charts, shows
 * the scenario in the About tab and every parameter in the Model tab, and keeps the Console's clock on the meeting's
 * calendar ({@link CalendarSchedule}).
 *
 * <p>After every session the displays' state is refreshed from the model on the model's thread; charts are redrawn
 * every few sessions. A run restored from a checkpoint (File &gt; Open) gets new display state and its full chart
 * history from the model's round records; trails restart at the restored session.
 */
public final class NegotiationWithUI extends GUIState {
    /** Pause between sessions while playing, in milliseconds: slow enough to follow a five-day meeting. */
    public static final long DEFAULT_DELAY = 300;

    private final Scenario scenario;
    private final PolicyAxes axes;
    private final ParameterSettings settings;
    private long delay = DEFAULT_DELAY;
    private Displays displays;
    private Charts charts;
    private final List<JFrame> chartFrames = new ArrayList<>();
    private PressureSources pressure;
    private PolicySpace space;
    private NetworkView view;

    /**
     * A GUI for one scenario.
     *
     * @param scenario the loaded scenario (with its {@code --set} overrides)
     * @param seed     the model seed of the first run (the Console's seed field)
     */
    public NegotiationWithUI(Scenario scenario, long seed) {
        super(newModel(scenario, seed));
        this.scenario = scenario;
        this.axes = PolicyAxes.of(scenario);
        this.settings = new ParameterSettings(scenario.spec().parameters());
    }

    private static Negotiation newModel(Scenario scenario, long seed) {
        if (scenario == null) throw new IllegalArgumentException("scenario is null");
        // a scenario with a precedent starts from what the precedent (run headless, same seed) left behind
        Negotiation model = Negotiation.prepare(scenario.spec(), seed);
        model.schedule = new CalendarSchedule(model);
        return model;
    }

    /** The name on the Console's title bar. */
    public static String getName() {
        return "Ministerial";
    }

    /** Replaced by the scenario's own page in {@link #init}. */
    public static Object getInfo() {
        return "<html><body><h2>Ministerial</h2><p>Agent-based simulation of multilateral trade negotiation."
                + "</p></body></html>";
    }

    /** Sets the pause between sessions while playing (the Console's Delay), before the Console opens. */
    public void setDelay(long milliseconds) {
        if (milliseconds < 0) throw new IllegalArgumentException("delay must be non-negative: " + milliseconds);
        delay = milliseconds;
    }

    /** The model being shown (after File &gt; Open, the restored one). */
    public Negotiation negotiation() {
        return (Negotiation) state;
    }

    @Override
    public Object getSimulationInspectedObject() {
        return settings;
    }

    @Override
    public int getMaximumPropertiesForInspector() {
        return 100;
    }

    /** Opens the Console: the same seed on every Play (as {@code ministerial run}), no File &gt; New. */
    @Override
    public Controller createController() {
        Console console = new Console(this);
        console.setIncrementSeedOnStop(false);
        console.setNewMenuAllowed(false);
        console.setPlaySleep(delay);
        console.setVisible(true);
        return console;
    }

    @Override
    public void init(Controller controller) {
        super.init(controller);
        displays = new Displays(this, scenario.name());
        controller.registerFrame(displays.policyFrame);
        controller.registerFrame(displays.networkFrame);
        charts = new Charts();
        for (TimeSeriesChartGenerator chart : charts.all()) {
            JFrame frame = chart.createFrame();
            frame.setTitle(chart.getTitle());
            controller.registerFrame(frame);
            chartFrames.add(frame);
        }
        if (controller instanceof Console console) {
            JTabbedPane tabs = console.getTabPane();
            int about = tabs.indexOfTab("About");
            if (about >= 0) tabs.setComponentAt(about, new HTMLBrowser(ScenarioAbout.html(scenario, axes)));
            WindowLayout.arrange(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds(),
                    console, displays, chartFrames, charts.all());
        }
        displays.policyFrame.setVisible(true);
        displays.networkFrame.setVisible(true);
        for (JFrame frame : chartFrames) frame.setVisible(true);
    }

    /** A new run, with the Model tab's parameters. */
    @Override
    public void start() {
        // the model's own spec keeps what a precedent carried over; only the parameters change
        negotiation().setSpec(negotiation().getSpec().withParameters(settings.parameters()));
        super.start();
        attach();
    }

    /** A run restored from a checkpoint; the Model tab shows its parameters. */
    @Override
    public void load(SimState restored) {
        super.load(restored);
        settings.reset(negotiation().getSpec().parameters());
        attach();
    }

    /** Only checkpoints of this scenario can be opened: the windows and the About tab belong to it. */
    @Override
    public boolean validSimState(SimState candidate) {
        return candidate instanceof Negotiation n && n.getSpec() != null
                && n.getSpec().name().equals(scenario.spec().name())
                && n.getSpec().actors().size() == scenario.spec().actors().size();
    }

    private void attach() {
        Negotiation model = negotiation();
        pressure = new PressureSources(model);
        pressure.update();
        space = new PolicySpace(model, axes, pressure);
        view = new NetworkView(space);
        // before the displays reschedule themselves, so every repaint shows the refreshed state
        scheduleRepeatingImmediatelyAfter((Steppable) s -> refresh());
        if (displays != null) displays.show(space, view);
        if (charts != null) {
            charts.reset(model.getSpec().calendar().sessions());
            charts.sync(model.rounds(), model.getSpec().actors().size(), model.isFinished());
        }
    }

    private void refresh() {
        Negotiation model = negotiation();
        pressure.update();
        space.update();
        view.update();
        if (charts != null) charts.sync(model.rounds(), model.getSpec().actors().size(), model.isFinished());
    }

    @Override
    public void quit() {
        super.quit();
        if (displays != null) displays.dispose();
        for (JFrame frame : chartFrames) frame.dispose();
        if (charts != null) for (TimeSeriesChartGenerator chart : charts.all()) chart.quit();
    }

    // ---- read access for tests and tools ----

    /** The displays (null before the Console opens). */
    Displays displays() {
        return displays;
    }

    /** The charts (null before the Console opens). */
    Charts charts() {
        return charts;
    }

    /** The policy-space state of the current run (null before the first run starts). */
    PolicySpace space() {
        return space;
    }

    /** The network-display state of the current run. */
    NetworkView view() {
        return view;
    }
}
