package org.ministerial.scenario;

import org.ministerial.files.InputFileException;
import org.ministerial.files.Problem;

import java.util.List;

/** A scenario, or a table it names, could not be loaded; carries every problem found, each with file and line. */
public final class ScenarioException extends InputFileException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(List<Problem> problems) {
        super(problems);
    }

    public ScenarioException(Problem problem) {
        super(problem);
    }
}
