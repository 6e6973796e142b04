package org.ministerial.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code ministerial} command line. Exit codes: 0 success, 1 a scenario problem or a failed run, 2 a usage error.
 */
@Command(name = "ministerial", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Agent-based simulation of multilateral trade negotiation.")
public final class Main implements Runnable {
    /** The commands, in the order the help lists them. */
    static final List<Class<?>> COMMANDS = List.of(RunCommand.class, BatchCommand.class, ValidateCommand.class,
            SweepCommand.class, SensitivityCommand.class, SlurmCommand.class, MergeCommand.class,
            CompareCommand.class, RobustnessCommand.class, CommitmentsCommand.class, CalibrateCommand.class,
            PlotCommand.class, GuiCommand.class, ImportCommand.class, CommandLine.HelpCommand.class);

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command {@code args} name, as {@link #main} does, and returns its exit status instead of exiting. */
    public static int execute(String[] args) {
        return commandLine(args).execute(args);
    }

    /** The command line with every command, for tests. */
    public static CommandLine commandLine() {
        return configured(COMMANDS);
    }

    /**
     * The command line that {@code args} need: only the command they name, when they name one, since picocli's model
     * of every command's options costs a fifth of a second of start-up; every command for help and for a name that
     * is not a command's (so that picocli can suggest the nearest).
     */
    static CommandLine commandLine(String[] args) {
        if (args.length > 0) {
            for (Class<?> command : COMMANDS) {
                if (command != CommandLine.HelpCommand.class
                        && command.getAnnotation(Command.class).name().equals(args[0])) {
                    return configured(List.of(command));
                }
            }
        }
        return configured(COMMANDS);
    }

    private static CommandLine configured(List<Class<?>> commands) {
        CommandLine cli = new CommandLine(new Main());
        for (Class<?> command : commands) cli.addSubcommand(command);
        // picocli hands handlers and converters to the subcommands that exist when they are set: the commands are
        // added by now, so every command reports errors by these and reads every file or folder argument by this one
        cli.setExecutionExceptionHandler(new ErrorHandler()).setParameterExceptionHandler(new UsageErrorHandler());
        cli.registerConverter(Path.class, new PathConverter());
        return cli;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command");
    }
}
