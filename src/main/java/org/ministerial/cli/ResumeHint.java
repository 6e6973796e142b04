package org.ministerial.cli;

import org.ministerial.batch.Execution;
import org.ministerial.batch.ProgressReporter;
import org.ministerial.batch.StoppableProgress;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * While a resumable command runs, a shutdown hook that tells a user who stops it (Ctrl-C, SIGTERM) how to carry on:
 * the same command, with the same {@code --out}, continues where it stopped. The hook is removed when the command
 * ends by itself.
 *
 * <p>The JVM runs the hook while the command's own thread goes on writing runs, until the hooks end. So the hook first
 * holds that thread at its next progress update (through the display it {@linkplain #follow follows}), then ends the
 * display at the runs the folder's journal keeps (what a resume starts after): no later line claims runs that are
 * never committed, and the count reported is the one a resume finds.
 */
final class ResumeHint implements AutoCloseable {
    private final Thread hook;

    /** Longest wait for the command's thread to reach its next progress update after a stop. */
    static final long HOLD_MILLIS = 2000;

    /** The progress display to stop, and its number of runs; null until the runs start. */
    private record Followed(StoppableProgress progress, int total) {
    }

    private volatile Followed followed;
    /** The folder the runs being made go to, when it is one below the command's (a study's batch); else null. */
    private volatile Path writing;

    private final Path folder;
    private final String command;

    ResumeHint(Thread hook, Path folder, String command) {
        this.hook = hook;
        this.folder = folder;
        this.command = command;
    }

    /** The command that resumes, as the hint prints it. */
    String command() {
        return command;
    }

    /**
     * As {@link #follow(ProgressReporter, int)}, for runs written to {@code batch}, a folder below the command's (a
     * study's batch): a stop then counts the runs kept there.
     */
    ProgressReporter follow(ProgressReporter progress, int total, Path batch) {
        writing = batch;
        return follow(progress, total);
    }

    /** Has a stop end {@code progress} (of a task of {@code total} runs) before the hint; returns it. */
    ProgressReporter follow(ProgressReporter progress, int total) {
        // called once the folder is locked and its journal written: a stop can come from now on
        if (folder != null) Execution.noteCommand(folder, command);
        StoppableProgress p = new StoppableProgress(progress);
        followed = new Followed(p, total);
        return p;
    }

    /** Installs the hint for the command being run, naming its folder. */
    static ResumeHint install(CommandSpec spec, Path folder) {
        List<String> args = spec.commandLine().getParseResult().originalArgs();
        // the original arguments start with the subcommand's name
        StringBuilder command = new StringBuilder(CommandText.of(args));
        boolean hasOut = args.stream().anyMatch(a -> a.equals("--out") || a.startsWith("--out="));
        if (!hasOut) command.append(" --out ").append(SlurmScripts.quote(folder.toString()));
        PrintWriter err = spec.commandLine().getErr();
        ResumeHint[] self = new ResumeHint[1];
        Thread hook = new Thread(() -> {
            Path batch = self[0].writing;
            Path kept = batch != null ? batch : folder;
            self[0].stopped(err, kept, () -> Execution.runsKept(kept), command.toString());
        }, "resume-hint");
        self[0] = new ResumeHint(hook, folder, command.toString());
        Runtime.getRuntime().addShutdownHook(hook);
        return self[0];
    }

    /**
     * What a stop does: holds the command's thread, then prints the progress display's last line (the runs kept, if
     * known), where they are and the command that resumes.
     */
    void stopped(PrintWriter err, Path folder, Supplier<OptionalInt> runsKept, String command) {
        Followed f = followed;
        if (f != null) f.progress().hold(HOLD_MILLIS);
        OptionalInt kept = runsKept.get();
        err.println();
        if (f != null && kept.isPresent()) f.progress().stop(kept.getAsInt(), f.total());
        err.println("stopped: " + (kept.isPresent() ? kept.getAsInt() + " runs written so far are" :
                "the runs written so far are") + " kept in " + folder + "; to resume, run");
        err.println("  " + command);
        err.flush();
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
