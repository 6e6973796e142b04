package org.ministerial.plot;

import org.ministerial.cli.CliHarness;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Sweeps of the textbook scenario run through the command line, and one figure plotted from their folders. */
final class SweepFolders {
    /** The textbook scenario's absolute path, for experiment and scenario files written elsewhere. */
    static final String TEXTBOOK = Path.of("scenarios/textbook.yaml").toAbsolutePath().toString();

    private SweepFolders() {
    }

    /** Runs the experiment {@code yaml} (where {@code TEXTBOOK} stands for the scenario's path) into root/name. */
    static Path sweep(Path root, String name, String yaml) throws Exception {
        Path exp = Files.writeString(root.resolve(name + ".yaml"), yaml.replace("TEXTBOOK", TEXTBOOK));
        Path folder = root.resolve(name);
        CliHarness cli = new CliHarness();
        assertEquals(0, cli.run("sweep", exp.toString(), "--threads", "2", "--out", folder.toString()),
                cli.err.toString());
        return folder;
    }

    /** The figure {@code name} of a sweep folder for {@code outcome}, written as SVG and CSV into {@code out}. */
    static Figure figure(Path folder, String name, String outcome, Path out) throws Exception {
        Plotter.Report report = Plotter.plot(List.of(folder), new PlotOptions(out, EnumSet.of(FigureFormat.SVG),
                List.of(), null, PlotOptions.DEFAULT_TOP, outcome), "test");
        return report.figures().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }
}
