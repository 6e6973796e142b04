package org.ministerial.files;

import java.io.IOException;

/**
 * A CSV table cannot be read as a table: it is not UTF-8, a quote is unbalanced, a row is ragged, a required column
 * or a cell is missing or malformed. Says where as {@code file:line: message} (line 0 when no line is to blame).
 */
public final class CsvFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    public CsvFileException(String file, int line, String message) {
        this(new Problem(file, line, message));
    }

    public CsvFileException(Problem problem) {
        super(problem.toString());
        this.problem = problem;
    }

    /** What is wrong and where, for readers that gather problems (a scenario's tables). */
    public Problem problem() {
        return problem;
    }
}
