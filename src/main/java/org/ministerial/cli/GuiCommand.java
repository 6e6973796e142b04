package org.ministerial.cli;

import org.ministerial.gui.NegotiationWithUI;
import org.ministerial.gui.RunOfBatch;
import org.ministerial.scenario.Scenario;
import org.ministerial.scenario.ScenarioException;
import org.ministerial.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import sim.display.Controller;

import javax.swing.JFrame;
import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code ministerial gui}: the MASON Console on a scenario, with the policy-space and network displays, charts,
 * inspectors and the Model tab. The first run is the one {@code ministerial run --seed N} reports. Returns when the
 * Console is closed.
 */
@Command(name = "gui", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Open the MASON Console on a scenario: watch a run, inspect any actor, change parameters.")
public final class GuiCommand implements Callable<Integer> {
    @Mixin
    ReplayableScenario source;


    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", converter = SeedConverter.class,
            description = "base seed, as run and batch take it (default: ${DEFAULT-VALUE}); the GUI shows the run "
                    + "`run --seed N` reports, and the Console's seed field holds N")
    long seed;

    @Option(names = "--delay", paramLabel = "MS", defaultValue = "" + NegotiationWithUI.DEFAULT_DELAY,
            description = "pause between rounds while playing, in milliseconds (default: ${DEFAULT-VALUE}; the "
                    + "Console's Delay slider changes it)")
    long delay;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (delay < 0) throw new ParameterException(spec.commandLine(), "--delay must be at least 0, got " + delay);
        Start start = start(RunCommand.replay(spec, source.file, source.settings, source.replay, source.run,
                "--seed"));
        PrintWriter err = spec.commandLine().getErr();
        if (!hasDisplay()) {
            err.println("error: the GUI needs a display and has none (no DISPLAY, or Java started headless). "
                    + "Run bin/ministerial gui on a desktop, or on a server under xvfb-run or with ssh -X.");
            err.flush();
            return 1;
        }
        NegotiationWithUI gui = new NegotiationWithUI(start.scenario(), start.run());
        gui.setDelay(delay);
        Controller console = gui.createController();
        CountDownLatch closed = new CountDownLatch(1);
        if (console instanceof JFrame frame) {
            frame.addWindowListener(new WindowAdapter() {
                @Override
                public void windowClosed(WindowEvent e) {
                    closed.countDown();
                }
            });
        }
        closed.await();
        return 0;
    }

    /**
     * What the GUI opens on.
     *
     * @param scenario the scenario with its overrides, its uncertain inputs not yet drawn (the GUI draws them per run)
     * @param run      the run: its base seed (the Console's seed field) and its place in the batch
     */
    record Start(Scenario scenario, RunOfBatch run) {
    }

    /**
     * The scenario and run the GUI opens on: run 0 of {@code batch --seed N}, or the run a replay names.
     */
    Start start(RunCommand.Replay again) throws ScenarioException, UserInputException {
        if (again != null) return replayed(again);
        if (!RunOfBatch.fitsTheConsole(seed))
            throw new ParameterException(spec.commandLine(), "--seed " + seed + " does not fit the MASON Console's "
                    + "seed field (32 bits: " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + "); run and batch "
                    + "take any 64-bit seed");
        Scenario loaded = ScenarioLoader.load(source.file, RunCommand.overrides(source.settings));
        return new Start(loaded, RunOfBatch.first(seed));
    }

    /** The scenario and run of run N of a batch, as {@code run --replay} makes it. */
    static Start replayed(RunCommand.Replay again) throws UserInputException {
        if (!RunOfBatch.fitsTheConsole(again.baseSeed()))
            throw new UserInputException("the batch's base seed " + again.baseSeed() + " does not fit the MASON "
                    + "Console's seed field (32 bits); replay its run " + again.run() + " with run --replay");
        return new Start(again.scenario(), new RunOfBatch(again.baseSeed(), again.run(), again.runsPerDraw()));
    }

    private static boolean hasDisplay() {
        if (GraphicsEnvironment.isHeadless()) return false;
        try {
            return GraphicsEnvironment.getLocalGraphicsEnvironment().getScreenDevices().length > 0;
        } catch (AWTError | HeadlessException noServer) {
            return false;
        }
    }
}
