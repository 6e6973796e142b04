package org.ministerial.calibration;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes calibration experiment files on the textbook scenario for tests, and runs them with a substitute model. */
final class Experiments {
    static final Path TEXTBOOK = Path.of("scenarios/textbook.yaml").toAbsolutePath();

    private Experiments() {
    }

    /** An experiment file {@code dir/name.yaml} on the textbook scenario: {@code scenario:} then {@code body}. */
    static Path write(Path dir, String name, String body) throws IOException {
        return Files.writeString(dir.resolve(name + ".yaml"), "scenario: " + TEXTBOOK + "\n" + body);
    }

    /**
     * Two Bernoulli parameters with 7 successes in 20 trials and 12 in 16, accepted only on an exact match (the
     * shares are multiples of 1/20 and 1/16, so any distance below 1/20 is one).
     */
    static String bernoulli(int particles, int seed) {
        return "seed: " + seed + "\n"
                + "priors:\n"
                + "  parameters.chair.agenda_power: {min: 0, max: 1}\n"
                + "  parameters.chair.mediation: {min: 0, max: 1}\n"
                + "targets:\n"
                + "  share_0: {observed: 0.35, scale: 1}\n"
                + "  share_1: {observed: 0.75, scale: 1}\n"
                + "abc:\n"
                + "  particles: " + particles + "\n"
                + "  generations: 12\n"
                + "  alpha: 0.5\n"
                + "  final_tolerance: 0.04\n";
    }

    static BernoulliModel bernoulliModel() {
        return new BernoulliModel(java.util.List.of("chair.agenda_power", "chair.mediation"), 20, 16);
    }

    /** Runs a calibration file into {@code out} and returns the progress lines. */
    static String run(Path file, Path out, int threads, org.ministerial.batch.BatchRunner.Model model)
            throws Exception {
        Calibration c = CalibrationReader.read(file);
        StringWriter progress = new StringWriter();
        CalibrationRun.run(CalibrationPlan.of(c, model), threads, out, model, false, new PrintWriter(progress));
        return progress.toString();
    }
}
