package org.ministerial.gui;

import ec.util.MersenneTwisterFast;
import org.ministerial.model.Negotiation;
import org.ministerial.model.NegotiationSpec;
import org.ministerial.scenario.Scenario;
import sim.display.Console;
import sim.display.Controller;
import sim.display.GUIState;
import sim.engine.SimState;
import sim.engine.Steppable;
import sim.engine.Stoppable;
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
 * <p>The Console's seed field holds a base seed as {@code ministerial run} and {@code batch} take it ({@code --seed}):
 * every Play makes run 0 of the batch with that seed ({@link RunOfBatch}; with {@code gui --replay}, the replayed
 * run), its uncertain inputs drawn and its dynamics seeded exactly as the batch does, so the run on screen is the
 * run {@code ministerial run SCENARIO --seed N} reports.
 *
 * <p>When the Console opens, the displays show the opening state of the run before Play. After every round the
 * displays' state is refreshed from the model on the model's thread; charts are redrawn
 * every few rounds. A run restored from a checkpoint (File &gt; Open) gets new display state and its full chart
 * history from the model's round records; trails restart at the restored round.
 */
public final class NegotiationWithUI extends GUIState {
    /** Pause between rounds while playing, in milliseconds: slow enough to follow a five-day meeting. */
    public static final long DEFAULT_DELAY = 300;

    private final Scenario scenario;
    private final PolicyAxes axes;
    private final ParameterSettings settings;
    /** The run shown: the one the Console's seed field names. */
    private RunOfBatch run;
    private long delay = DEFAULT_DELAY;
    private Displays displays;
    private Charts charts;
    private final List<JFrame> chartFrames = new ArrayList<>();
    private PressureSources pressure;
    private PolicySpace space;
    private NetworkView view;
    /** Refreshes the display state after every round; stopped when another run is attached. */
    private Stoppable refresher;

    /**
     * A GUI on run 0 of a batch with this base seed: the run {@code ministerial run SCENARIO --seed baseSeed} reports.
     *
     * @param scenario the loaded scenario (with its {@code --set} overrides), its uncertain inputs not yet drawn
     * @param baseSeed the base seed, as {@code --seed} takes it (the Console's seed field)
     */
    public NegotiationWithUI(Scenario scenario, long baseSeed) {
        this(scenario, RunOfBatch.first(baseSeed));
    }

    /**
     * A GUI on one run of a batch ({@code gui --replay RESULTS --run N}).
     *
     * @param scenario the loaded scenario (with its {@code --set} overrides), its uncertain inputs not yet drawn
     * @param run      the run; its base seed is what the Console's seed field shows
     */
    public NegotiationWithUI(Scenario scenario, RunOfBatch run) {
        super(prepare(scenario, run, null));
        this.scenario = scenario;
        this.run = run;
        this.axes = PolicyAxes.of(scenario);
        this.settings = new ParameterSettings(negotiation().getSpec().parameters());
    }

    /**
     * The model of a run as {@code ministerial batch} makes it: the scenario with the run's draw of its uncertain
     * inputs, the model's generator seeded with the run's seed, the precedent (if any) run first. Its {@code seed()},
     * the number the Console shows and hands back on every Play, is the base seed; MASON keeps no other use for it.
     *
     * @param settings the Model tab, whose held values replace the drawn ones (null: none yet)
     */
    private static Negotiation prepare(Scenario scenario, RunOfBatch run, ParameterSettings settings) {
        if (scenario == null) throw new IllegalArgumentException("scenario is null");
        NegotiationSpec drawn = scenario.spec().withInputsDrawn(run.inputSeed());
        if (settings != null) drawn = drawn.withParameters(settings.forRun(drawn.parameters()));
        Negotiation model = Negotiation.prepare(drawn, run.modelSeed());
        MersenneTwisterFast generator = model.random;
        model.setSeed(run.baseSeed());
        model.random = generator;
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

    /** Sets the pause between rounds while playing (the Console's Delay), before the Console opens. */
    public void setDelay(long milliseconds) {
        if (milliseconds < 0) throw new IllegalArgumentException("delay must be non-negative: " + milliseconds);
        delay = milliseconds;
    }

    /** The run the Console's seed names (the last one started). */
    public RunOfBatch run() {
        return run;
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
        showOpening();
        displays.policyFrame.setVisible(true);
        displays.networkFrame.setVisible(true);
        for (JFrame frame : chartFrames) frame.setVisible(true);
    }

    /**
     * A new run: the one the Console's seed field names (the Console has just set it as the model's seed), with the
     * Model tab's parameters. A fresh model every time, as {@code ministerial run} makes one.
     */
    @Override
    public void start() {
        run = run.withBaseSeed(state.seed());
        state = prepare(scenario, run, settings);
        super.start();
        attach();
    }

    /**
     * Draws the opening of the run the Console's seed names before anything is played: the model started (actors at
     * their opening positions, the chair's opening text on the table) but not stepped. Play makes a fresh model of
     * its own ({@link #start()}), so the run itself is untouched.
     */
    void showOpening() {
        state = prepare(scenario, run, settings);
        negotiation().start();
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
        if (refresher != null) refresher.stop();
        refresher = scheduleRepeatingImmediatelyAfter((Steppable) s -> refresh());
        if (displays != null) displays.show(space, view);
        if (charts != null) {
            charts.reset(model.getSpec().calendar().rounds());
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
