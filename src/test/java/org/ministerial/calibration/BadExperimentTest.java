package org.ministerial.calibration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.experiment.ExperimentException;
import org.ministerial.files.Problem;
import org.ministerial.model.Negotiation;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad calibration files are refused before any run, every problem named with file and line. */
class BadExperimentTest {
    @TempDir
    Path tmp;

    private static final String GOOD_PRIORS = "priors:\n  parameters.chair.agenda_power: {min: 0.2, max: 0.9}\n";
    private static final String GOOD_TARGETS = "targets:\n  end_round: {observed: 4, scale: 1}\n";

    private List<Problem> problems(String body) throws Exception {
        Path file = Experiments.write(tmp, "bad", body);
        ExperimentException e = assertThrows(ExperimentException.class,
                () -> CalibrationPlan.of(CalibrationReader.read(file), Negotiation::runToEnd));
        for (Problem p : e.problems()) assertTrue(p.file().endsWith("bad.yaml"), p.toString());
        return e.problems();
    }

    /** The file is refused with a problem on {@code line} that says {@code words}. */
    private void refused(String body, int line, String words) throws Exception {
        List<Problem> problems = problems(body);
        assertTrue(problems.stream().anyMatch(p -> p.line() == line && p.message().contains(words)),
                "line " + line + ", '" + words + "' in " + problems);
    }

    @Test
    void anUnknownTargetMeasureIsNamedWithWhatARunReports() throws Exception {
        refused(GOOD_PRIORS + "targets:\n  end_round: {observed: 4, scale: 1}\n"
                + "  brekdown_share: {observed: 1, scale: 0.2}\n", 6, "unknown target measure 'brekdown_share'");
        List<Problem> p = problems(GOOD_PRIORS + GOOD_TARGETS + "holdout:\n  g21_found: {observed: 1}\n");
        assertTrue(p.get(0).message().contains("unknown target measure 'g21_found'"), p.toString());
        assertTrue(p.get(0).message().contains("breakdown_share, flexible_share, end_round, end_day"), p.toString());
    }

    @Test
    void aPriorWhoseMinIsNotBelowItsMaxIsRefused() throws Exception {
        refused("priors:\n  parameters.chair.agenda_power: {min: 0.8, max: 0.4}\n" + GOOD_TARGETS, 3,
                "min 0.8 is above max 0.4");
        refused("priors:\n  parameters.chair.agenda_power: {min: 0.5, max: 0.5}\n" + GOOD_TARGETS, 3,
                "a prior's min must be below its max");
        refused("priors:\n  parameters.chair.agenda_power: [0.2, 0.5]\n" + GOOD_TARGETS, 3, "a prior is a range");
        refused("priors:\n  parameters.chair.agenda_power: {min: 0.2, max: 1.5}\n" + GOOD_TARGETS, 3,
                "leaves the parameter's range [0.0, 1.0]");
        refused("priors:\n  parameters.chair.patience: {min: 1, max: 1.5, integer: true}\n" + GOOD_TARGETS, 3,
                "at least two whole numbers");
    }

    @Test
    void unknownKeysAndParametersAreRefused() throws Exception {
        refused(GOOD_PRIORS + GOOD_TARGETS + "tolerance: 0.1\n", 6, "unknown key 'tolerance' in the calibration");
        refused(GOOD_PRIORS + GOOD_TARGETS + "abc:\n  particle: 10\n", 7, "unknown key 'particle' in abc");
        refused(GOOD_PRIORS + "targets:\n  end_round: {observed: 4, tolerance: 1}\n", 5,
                "unknown key 'tolerance' in end_round");
        refused("priors:\n  parameters.chair.agenda_powr: {min: 0, max: 1}\n" + GOOD_TARGETS, 3,
                "unknown parameter 'parameters.chair.agenda_powr'");
    }

    @Test
    void targetsNeedAPositiveScaleAndSettingsTheirRanges() throws Exception {
        refused(GOOD_PRIORS + "targets:\n  end_round: {observed: 4}\n", 5, "needs scale:");
        refused(GOOD_PRIORS + "targets:\n  end_round: {observed: 4, scale: 0}\n", 5, "scale must be positive");
        refused(GOOD_PRIORS + GOOD_TARGETS + "holdout:\n  end_round: {observed: 4}\n", 7,
                "'end_round' is both a target and held out");
        refused(GOOD_PRIORS + GOOD_TARGETS + "abc:\n  alpha: 1\n", 7, "alpha must be above 0 and below 1");
        refused(GOOD_PRIORS + GOOD_TARGETS + "abc:\n  particles: 1\n", 7, "particles must be a whole number between 2");
        refused(GOOD_TARGETS, 1, "a calibration needs priors:");
        refused(GOOD_PRIORS + GOOD_TARGETS + "set:\n  parameters.chair.agenda_power: 0.5\n", 7,
                "both fixed in set: and calibrated");
    }

    @Test
    void allProblemsOfAFileComeTogether() throws Exception {
        List<Problem> p = problems("priors:\n  parameters.chair.agenda_power: {min: 0.8, max: 0.4}\n"
                + "targets:\n  end_round: {observed: 4}\nabc:\n  generations: 0\n");
        assertEquals(3, p.size(), p.toString());
    }
}
