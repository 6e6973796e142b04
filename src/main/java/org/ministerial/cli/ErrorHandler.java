package org.ministerial.cli;

import org.ministerial.batch.ResultsFolderException;
import org.ministerial.files.CsvFileException;
import org.ministerial.files.InputFileException;
import org.ministerial.files.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Turns the failures a user can fix into plain messages and exit code 1: problems with input files (scenarios,
 * experiments, the tables they name) as {@code file:line: message}, one a line, and file-system errors as one line.
 * Anything else is a bug and keeps its stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) throws Exception {
        PrintWriter err = cmd.getErr();
        if (ex instanceof InputFileException problems) {
            for (Problem p : problems.problems()) err.println(p);
        } else if (ex instanceof UserInputException || ex instanceof ResultsFolderException
                || ex instanceof CsvFileException) {
            err.println("error: " + ex.getMessage());
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            err.println("error: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } else {
            throw ex;
        }
        err.flush();
        return 1;
    }
}
