package org.ministerial.experiment;

import org.ministerial.files.InputFileException;
import org.ministerial.files.Problem;

import java.util.List;

/**
 * An experiment file (a sweep or a calibration) is refused, or a scenario it names does not load as the experiment
 * asks; carries every problem found, each with file and line.
 */
public final class ExperimentException extends InputFileException {
    private static final long serialVersionUID = 1L;

    public ExperimentException(List<Problem> problems) {
        super(problems);
    }

    public ExperimentException(Problem problem) {
        super(problem);
    }
}
