package org.ministerial.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;

/**
 * The {@code ministerial} command line. Exit codes: 0 success, 1 a scenario problem or a failed run, 2 a usage error.
 */
@Command(name = "ministerial", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent-based simulation of multilateral trade negotiation.",
        subcommands = {RunCommand.class, BatchCommand.class, ValidateCommand.class, SweepCommand.class,
                SensitivityCommand.class, SlurmCommand.class, MergeCommand.class, CompareCommand.class,
                RobustnessCommand.class, CommitmentsCommand.class, CalibrateCommand.class, PlotCommand.class,
                GuiCommand.class, ImportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, for {@link #main} and for tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main()).setExecutionExceptionHandler(new ErrorHandler())
                .setParameterExceptionHandler(new UsageErrorHandler());
        // picocli hands a converter to the subcommands that exist when it is registered: the annotation has added
        // them all by now, so every file or folder option and parameter of every command is read by this one
        cli.registerConverter(Path.class, new PathConverter());
        return cli;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }
}
