package org.ministerial.files;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An input file (a scenario, an experiment or calibration file, a table they name) is refused: carries every problem
 * found, each with file and line, so that a command prints them all as {@code file:line: message} and the author
 * fixes the file in one go. Readers of each kind of file throw a subclass that says which kind.
 */
public class InputFileException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<Problem> problems;

    public InputFileException(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public InputFileException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
