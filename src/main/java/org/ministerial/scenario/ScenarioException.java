package org.ministerial.scenario;

import java.util.List;
import java.util.stream.Collectors;

/** A scenario could not be loaded; carries every problem found, each with file and line. */
public final class ScenarioException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public ScenarioException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public ScenarioException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
