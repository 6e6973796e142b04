package org.ministerial.cli;

import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;

/**
 * While a resumable command runs, a shutdown hook that tells a user who stops it (Ctrl-C, SIGTERM) how to carry on:
 * the same command, with the same {@code --out}, continues where it stopped. The hook is removed when the command
 * ends by itself.
 */
final class ResumeHint implements AutoCloseable {
    private final Thread hook;

    private ResumeHint(Thread hook) {
        this.hook = hook;
    }

    /** Installs the hint for the command being run, naming its folder. */
    static ResumeHint install(CommandSpec spec, java.nio.file.Path folder) {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        // the original arguments start with the subcommand's name
        StringBuilder command = new StringBuilder("bin/ministerial");
        for (String a : args) command.append(' ').append(a.matches("[A-Za-z0-9_./:=,@%+-]+") ? a : SlurmScripts.quote(a));
        boolean hasOut = args.stream().anyMatch(a -> a.equals("--out") || a.startsWith("--out="));
        if (!hasOut) command.append(" --out ").append(SlurmScripts.quote(folder.toString()));
        PrintWriter err = spec.commandLine().getErr();
        Thread hook = new Thread(() -> {
            err.println();
            err.println("stopped: the runs written so far are kept in " + folder + "; to resume, run");
            err.println("  " + command);
            err.flush();
        }, "resume-hint");
        Runtime.getRuntime().addShutdownHook(hook);
        return new ResumeHint(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs, which is what a stop needs
        }
    }
}
