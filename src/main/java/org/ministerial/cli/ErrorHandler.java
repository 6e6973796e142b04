package org.ministerial.cli;

import org.ministerial.batch.ResultsFolderException;
import org.ministerial.files.CsvFileException;
import org.ministerial.files.InputFileException;
import org.ministerial.files.Problem;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Turns the failures a user can fix into plain messages and exit code 1: problems with input files (scenarios,
 * experiments, the tables they name) as {@code file:line: message}, one a line, and file-system errors as one line
 * in words, without Java's class names. Problems that lie wholly in values typed on the command line ({@code --set})
 * are usage errors, exit code 2. Anything else is a bug and keeps its stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parsed) throws Exception {
        PrintWriter err = cmd.getErr();
        if (ex instanceof InputFileException problems
                && problems.problems().stream().allMatch(p -> Problem.typed(p.file()))) {
            // the loaders check a --set key or value as they check the file, with the same did-you-mean: only the
            // exit code and the pointer to --help say that the mistake is on the command line
            return cmd.getParameterExceptionHandler().handleParseException(
                    new ParameterException(cmd, ex.getMessage(), ex),
                    parsed.originalArgs().toArray(String[]::new));
        }
        if (ex instanceof InputFileException problems) {
            for (Problem p : problems.problems()) err.println(p);
        } else if (ex instanceof UserInputException || ex instanceof ResultsFolderException
                || ex instanceof CsvFileException) {
            err.println("error: " + ex.getMessage());
        } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
            Throwable cause = ex instanceof UncheckedIOException u ? u.getCause() : ex;
            err.println("error: " + (cause instanceof FileSystemException fs ? describe(fs)
                    : cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        } else {
            throw ex;
        }
        err.flush();
        return 1;
    }

    /** A file-system failure in words: what the file or folder is, or what could not be done with it, and why. */
    static String describe(FileSystemException e) {
        String file = e.getFile();
        if (file == null) return e.getReason() == null ? e.getClass().getSimpleName() : e.getReason();
        Path path = Path.of(file);
        if (e instanceof FileAlreadyExistsException)
            // what a command creates is a folder or a file: the name is taken by the other kind, or by an old file
            return Files.isRegularFile(path) ? file + ": is a file, not a folder" : file + ": already exists";
        if (e instanceof NotDirectoryException) return notAFolder(path, file);
        if (e instanceof AccessDeniedException) {
            if (Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS))
                return (Files.isReadable(path) ? "cannot write " : "cannot read ") + file + ": permission denied";
            // a file that does not exist yet could not be made in its folder
            Path folder = path.getParent() != null ? path.getParent() : path.toAbsolutePath().getParent();
            return "cannot write in " + folder + ": permission denied";
        }
        if (e instanceof NoSuchFileException) return file + ": no such file or folder";
        if (e instanceof DirectoryNotEmptyException) return file + ": the folder is not empty";
        // ENOTDIR without its own class: a name on the way to the file is a file
        if ("Not a directory".equals(e.getReason())) return notAFolder(path, file);
        // EISDIR: a file was to be written where a folder is (import --out FOLDER)
        if ("Is a directory".equals(e.getReason())) return file + ": is a folder, not a file";
        return file + (e.getOtherFile() == null ? "" : " -> " + e.getOtherFile()) + ": "
                + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason());
    }

    /** The file that stands where {@code path} or one of its parent folders should be. */
    private static String notAFolder(Path path, String file) {
        for (Path p = path; p != null; p = p.getParent())
            if (Files.isRegularFile(p)) return p + ": is a file, not a folder";
        return file + ": not a folder";
    }
}
