package org.ministerial.daemon;

import org.ministerial.cli.Main;
import org.ministerial.scenario.KeptScenarios;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JVM that stays up between commands typed in one folder and runs them one at a time, so that the JIT compiler's
 * work on one batch serves the next ones. On two cores the compiler otherwise takes as much CPU from a batch of a few
 * thousand runs as the runs themselves (docs/performance.md, "A warm JVM between commands"); build tools do the same
 * for the same reason (Gradle's daemon, the Maven daemon).
 *
 * <p>A command runs here as in a process of its own: in the same folder, with the same JVM options (the launcher keys
 * a daemon by both), its output passed to the client's standard output and error, its exit status returned. A client
 * that is stopped (Ctrl-C, SIGTERM) or killed stops the daemon the way the signal would have stopped that process:
 * the JVM exits, its shutdown hooks run (a batch prints how to resume it) and the folder is left as after a kill.
 * The daemon exits when it has been idle for {@code ministerial.daemon.idle.seconds} (1,800), when the program's jar
 * changes or disappears, and after a command that threw an {@link Error}.
 */
public final class Daemon {
    private static final long IDLE_MILLIS = Long.getLong("ministerial.daemon.idle.seconds", 1800) * 1000;
    private static final long CHECK_MILLIS = Long.getLong("ministerial.daemon.check.millis", 2000);
    /** How often a command's client is looked at: a stop reaches the command within this time. */
    private static final long CLIENT_CHECK_MILLIS = 50;
    /** How long a client's copies may take to open its output pipes once told that the command runs. */
    private static final long OUTPUT_WAIT_MILLIS = 10_000;
    /** How old the files of a client that has gone must be before the daemon removes them. */
    private static final long LEFT_FILES_MILLIS = 60_000;

    /** The files of a client, named by its process id (bin/daemon-client). */
    private static final Pattern CLIENT_FILE = Pattern.compile("c([0-9]{1,10})-[0-9]*\\.[a-z]+");

    private final Path pipe;
    /** The identity (device and inode) of the pipe this daemon made, so that it never removes another's. */
    private Object pipeKey;
    private final Path watched;
    private final String stamp;
    private final Route out;
    private final Route err;
    private final Object state = new Object();
    private boolean busy;
    private boolean closing;
    private long idleSince = System.nanoTime();
    private int served;

    private Daemon(Path pipe, Path watched, Route out, Route err) throws IOException {
        this.pipe = pipe;
        this.watched = watched;
        this.stamp = stamp(watched);
        this.out = out;
        this.err = err;
    }

    /** {@code Daemon PIPE}: serves the commands that clients name on the pipe PIPE (a FIFO it makes) until idle. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Daemon PIPE");
            System.exit(2);
        }
        Path pipe = Path.of(args[0]).toAbsolutePath();
        // one daemon a pipe: the lock is held for the daemon's life, so a pipe left by a dead one can be
        // replaced safely, and a second daemon started at the same moment leaves quietly
        FileChannel lockFile = FileChannel.open(Path.of(pipe + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = lockFile.tryLock();
        if (lock == null) {
            log("another daemon holds " + pipe + ".lock; leaving");
            System.exit(0);
        }
        Path watched = Path.of(System.getProperty("ministerial.daemon.watch", programLocation().toString()));
        Charset charset = Charset.defaultCharset();
        Route out = new Route(new FileOutputStream(FileDescriptor.out));
        Route err = new Route(new FileOutputStream(FileDescriptor.err));
        System.setOut(new PrintStream(out, true, charset));
        System.setErr(new PrintStream(err, true, charset));
        // a scenario whose files are unchanged since an earlier command is not read and derived again
        KeptScenarios.keepBetweenCommands();
        new Daemon(pipe, watched, out, err).serve();
    }

    private void serve() throws IOException {
        Files.deleteIfExists(pipe);
        makePipe(pipe);
        pipeKey = Files.readAttributes(pipe, BasicFileAttributes.class).fileKey();
        // open for writing too: the pipe then never reports an end when a client closes it, and opening it waits
        // for no one
        RandomAccessFile requests = new RandomAccessFile(pipe.toFile(), "rw");
        BufferedReader lines = new BufferedReader(new InputStreamReader(new FileInputStream(requests.getFD()),
                StandardCharsets.US_ASCII));
        Runtime.getRuntime().addShutdownHook(new Thread(this::removePipe, "daemon-pipe-removal"));
        Files.writeString(Path.of(pipe + ".pid"), ProcessHandle.current().pid() + "\n");
        log("serving " + System.getProperty("user.dir") + " on " + pipe + ", pid " + ProcessHandle.current().pid());
        Thread watchdog = new Thread(this::watch, "daemon-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        while (true) {
            String line = lines.readLine();
            if (line == null) leave("its pipe ended: " + pipe);
            Request request;
            try {
                Optional<Request> taken = Request.take(pipe.getParent(), line.strip());
                if (taken.isEmpty()) continue;
                request = taken.get();
            } catch (IOException e) {
                log("a request failed: " + e.getMessage());
                continue;
            }
            // a client from another folder, or this daemon's folder was moved away and another made at its path
            // (relative paths would then name files in the moved one): the client runs the command itself
            boolean here = Path.of(request.folder()).equals(Path.of(System.getProperty("user.dir"))) && inItsFolder();
            boolean take;
            boolean changed = !Objects.equals(stamp, stampOrNull(watched));
            synchronized (state) {
                if (changed && !busy) closing = true;
                take = here && !busy && !closing;
                if (take) busy = true;
            }
            if (!take) {
                // the client runs its command in a JVM of its own; a daemon whose program changed leaves
                Request.refuse(request.base());
                if (changed && closing) leave("the program changed: " + watched);
                continue;
            }
            Thread thread = new Thread(() -> handle(request), "daemon-request-" + (++served));
            thread.start();
        }
    }

    /** Ends the daemon when it has been idle long enough or its program changed, never while it serves. */
    private void watch() {
        while (true) {
            try {
                Thread.sleep(CHECK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            String why = null;
            synchronized (state) {
                if (busy) continue;
                if (System.nanoTime() - idleSince > IDLE_MILLIS * 1_000_000) why = "idle";
                else if (!Objects.equals(stamp, stampOrNull(watched))) why = "the program changed: " + watched;
                else if (!Files.exists(pipe)) why = "its pipe was removed: " + pipe;
                else if (!inItsFolder()) why = "its folder was moved or removed: " + System.getProperty("user.dir");
                if (why == null) {
                    removeLeftFiles();
                    continue;
                }
                closing = true;
            }
            leave(why);
        }
    }

    /** Ends a daemon that leaves by itself, which leaves nothing behind; one that is stopped keeps its log. */
    private void leave(String why) {
        log("leaving: " + why);
        // the pipe before the lock: a daemon started once the lock is gone makes a pipe this one must not remove
        removePipe();
        forget(Path.of(pipe + ".lock"));
        forget(Path.of(pipe.toString().replaceFirst("\\.pipe$", ".log")));
        System.exit(0);
    }

    /**
     * Removes the files that clients killed at the wrong moment left in the daemons' folder (a client removes its own,
     * and the daemon those of the commands it ran): those of a client whose process has gone, a minute old or more.
     */
    private void removeLeftFiles() {
        long before = System.currentTimeMillis() - LEFT_FILES_MILLIS;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(pipe.getParent(), "c[0-9]*-*.*")) {
            for (Path f : files) {
                Matcher m = CLIENT_FILE.matcher(f.getFileName().toString());
                if (!m.matches() || ProcessHandle.of(Long.parseLong(m.group(1))).isPresent()) continue;
                if (Files.getLastModifiedTime(f, LinkOption.NOFOLLOW_LINKS).toMillis() < before) forget(f);
            }
        } catch (IOException | NumberFormatException e) {
            // tried again at the next check
        }
    }

    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next daemon of the same key to reuse
        }
    }

    private void handle(Request request) {
        boolean fatal = false;
        try (RandomAccessFile reply = request.openReply()) {
            Request.answer(reply, "run");
            // whether the command has ended, so that the client's leaving afterwards stops nothing
            AtomicBoolean done = new AtomicBoolean();
            AtomicBoolean outputsOpen = new AtomicBoolean();
            AtomicBoolean stopped = new AtomicBoolean();
            watchClient(request, done, outputsOpen, stopped);
            int status;
            // opening a pipe for writing waits for its reader: the client starts copying when it reads "run"
            try (OutputStream toOut = request.openOutput("out");
                    OutputStream toErr = request.oneOutput() ? null : request.openOutput("err")) {
                outputsOpen.set(true);
                request.removePipes();
                PipeSink outSink = new PipeSink(toOut);
                out.to(outSink);
                err.to(toErr == null ? outSink : new PipeSink(toErr));
                System.setProperty("ministerial.console", Boolean.toString(request.console()));
                System.setProperty("picocli.ansi", Boolean.toString(request.colours()));
                System.setProperty("ministerial.console.columns", Integer.toString(request.columns()));
                try {
                    status = Main.execute(request.args().toArray(String[]::new));
                } catch (Throwable t) {
                    // the command line reports every exception; what reaches here is an Error (out of memory, a stack
                    // overflow), after which this JVM is not to be trusted with another command
                    t.printStackTrace();
                    status = 1;
                    fatal = true;
                }
                System.out.flush();
                System.err.flush();
                done.set(true);
            }
            // the client's copies have reached the end of both pipes when it reads the status; a command stopped by
            // its client ends with the JVM's exit, not with the status it may yet return
            if (!stopped.get()) Request.answer(reply, "exit " + status);
        } catch (IOException e) {
            log("a request failed: " + e);
        } finally {
            out.toLog();
            err.toLog();
            synchronized (state) {
                busy = false;
                idleSince = System.nanoTime();
            }
        }
        if (fatal) {
            log("leaving after an error");
            System.exit(1);
        }
    }

    /**
     * Watches, while its command runs, for a client that is stopped (it leaves a stop mark) or killed (its process
     * ends). Either ends this JVM as the signal would have ended a process of its own, shutdown hooks and all.
     */
    private static void watchClient(Request request, AtomicBoolean done, AtomicBoolean outputsOpen,
            AtomicBoolean stopped) {
        Path stop = request.file("stop");
        ProcessHandle client = request.client();
        long since = System.nanoTime();
        Thread t = new Thread(() -> {
            boolean released = false;
            while (!done.get()) {
                if (!released && !outputsOpen.get() && System.nanoTime() - since > OUTPUT_WAIT_MILLIS * 1_000_000) {
                    // a live client whose copies never opened its pipes (they could not start): the command runs on,
                    // its output lost, rather than hold the daemon forever
                    log("the client's copies did not open its output pipes; its output is lost");
                    release(request.file("out"));
                    if (!request.oneOutput()) release(request.file("err"));
                    released = true;
                }
                boolean stopMark = Files.exists(stop);
                if (stopMark || !client.isAlive()) {
                    if (done.get()) return;
                    stopped.set(true);
                    log(stopMark ? "stopped by the client" : "the client went away");
                    forget(stop);
                    System.exit(stopMark ? 130 : 137);
                }
                try {
                    Thread.sleep(CLIENT_CHECK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "daemon-client-watch");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Lets an open for writing that waits for a pipe's reader go on: a reader comes and goes, after which writing to
     * the pipe fails, as to the pipe of a copy that ended.
     */
    private static void release(Path pipe) {
        try (RandomAccessFile r = Request.openPipe(pipe)) {
            // opened, as a reader among others, and closed
        } catch (IOException e) {
            // already gone
        }
    }

    /** Makes the daemon's pipe, which only its user may write to (Java has no call for it). */
    private static void makePipe(Path p) throws IOException {
        Process mkfifo = new ProcessBuilder("mkfifo", "-m", "600", p.toString()).redirectErrorStream(true).start();
        String said = new String(mkfifo.getInputStream().readAllBytes(), Charset.defaultCharset()).strip();
        try {
            if (mkfifo.waitFor() != 0) throw new IOException("mkfifo " + p + " failed: " + said);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted making " + p, e);
        }
    }

    /** Removes this daemon's pipe and pid file, unless a daemon started since has replaced them with its own. */
    private void removePipe() {
        try {
            if (pipeKey != null && pipeKey.equals(Files.readAttributes(pipe, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS).fileKey()))
                Files.deleteIfExists(pipe);
            Path pid = Path.of(pipe + ".pid");
            if (Files.readString(pid).strip().equals(Long.toString(ProcessHandle.current().pid())))
                Files.deleteIfExists(pid);
        } catch (IOException e) {
            // gone already, or left for the next daemon, which replaces it
        }
    }

    /**
     * Whether the process still works in the folder it was started in, under the same path: the operating system
     * resolves relative paths against the folder the process is in, Java against the path it started with, and the
     * two part when the folder is moved (a checkout moved aside and cloned anew).
     */
    private static boolean inItsFolder() {
        Path cwd = Path.of("/proc/self/cwd");
        if (!Files.exists(cwd)) return true; // no /proc: the folder's path is all there is to compare
        try {
            return Files.isSameFile(cwd, Path.of(System.getProperty("user.dir")));
        } catch (IOException e) {
            return false;
        }
    }

    private static Path programLocation() {
        try {
            return Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (Exception e) {
            throw new IllegalStateException("cannot tell where the program's classes are", e);
        }
    }

    private static String stamp(Path p) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
        return a.lastModifiedTime() + " " + a.size();
    }

    private static String stampOrNull(Path p) {
        try {
            return stamp(p);
        } catch (IOException e) {
            return null;
        }
    }

    private static void log(String message) {
        // the daemon's own standard error is its log file, whatever System.err is routed to
        FileOutputStream log = new FileOutputStream(FileDescriptor.err);
        try {
            log.write((Instant.now() + " " + message + "\n").getBytes(Charset.defaultCharset()));
        } catch (IOException e) {
            // no log to write to
        }
    }

    /** One of the client's outputs; one writer at a time, and a pipe its client closed makes later writes no-ops. */
    private static final class PipeSink {
        private final OutputStream to;
        private boolean gone;

        PipeSink(OutputStream to) {
            this.to = to;
        }

        synchronized void write(byte[] b, int off, int len) {
            if (gone || len == 0) return;
            try {
                to.write(b, off, len);
            } catch (IOException e) {
                // closed early (`| head`): the command goes on, as a process's does when its output is gone
                gone = true;
            }
        }
    }

    /**
     * System.out or System.err of the daemon: to the client being served, or to the daemon's log between commands
     * (a thread a command left behind).
     */
    private static final class Route extends OutputStream {
        private final OutputStream log;
        private volatile PipeSink sink;

        Route(OutputStream log) {
            this.log = log;
        }

        void to(PipeSink s) {
            sink = s;
        }

        void toLog() {
            sink = null;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            PipeSink s = sink;
            if (s != null) s.write(b, off, len);
            else log.write(b, off, len);
        }
    }
}
