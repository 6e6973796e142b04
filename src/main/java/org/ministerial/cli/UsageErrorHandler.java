package org.ministerial.cli;

import org.ministerial.scenario.Spelling;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintWriter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reports a mistake on the command line in a few lines: the message, picocli's suggestions for a misspelt option or
 * command, and where the help is. (picocli's default prints the whole help after the message, which scrolls the
 * message itself off the screen.) Exit code 2.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println(cmd.getColorScheme().errorText(ex.getMessage()));
        if (!UnmatchedArgumentException.printSuggestions(ex, err)) printNearestOption(ex, err);
        // the command's name after the root's, e.g. "batch": the hint names the launcher the README uses
        String name = cmd.getCommandSpec().qualifiedName().substring(cmd.getCommandSpec().root().name().length());
        err.println("see '" + CommandText.LAUNCHER + name + " --help'");
        err.flush();
        return cmd.getExitCodeExceptionMapper() != null ? cmd.getExitCodeExceptionMapper().getExitCode(ex)
                : cmd.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * picocli suggests only the options that share a misspelt option's first two letters ({@code --rusn}, not
     * {@code --rnus}): failing that, the option within a couple of typing slips, as a scenario's keys are matched.
     */
    private static void printNearestOption(ParameterException ex, PrintWriter err) {
        if (!(ex instanceof UnmatchedArgumentException u) || !u.isUnknownOption()) return;
        String typed = u.getUnmatched().get(0).split("=", 2)[0];
        List<String> names = ex.getCommandLine().getCommandSpec().options().stream().filter(o -> !o.hidden())
                .flatMap(o -> Stream.of(o.names())).toList();
        String near = Spelling.closest(typed, names);
        if (near != null) err.println("Did you mean: " + near + "?");
    }
}
