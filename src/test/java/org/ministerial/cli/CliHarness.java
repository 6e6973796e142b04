package org.ministerial.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process for tests, keeping what it prints. */
public final class CliHarness {
    /** What the commands printed to standard output and to standard error. */
    public final StringWriter out = new StringWriter(), err = new StringWriter();

    /** Runs {@code ministerial args...} and returns its exit code. */
    public int run(String... args) {
        CommandLine cli = Main.commandLine(args);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
