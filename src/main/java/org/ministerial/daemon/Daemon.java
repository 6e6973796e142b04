package org.ministerial.daemon;

import org.ministerial.cli.Main;
import org.ministerial.scenario.KeptScenarios;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

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

    private final Path socket;
    private final Path watched;
    private final String stamp;
    private final Route out;
    private final Route err;
    private final Object state = new Object();
    private boolean busy;
    private boolean closing;
    private long idleSince = System.nanoTime();
    private int served;

    private Daemon(Path socket, Path watched, Route out, Route err) throws IOException {
        this.socket = socket;
        this.watched = watched;
        this.stamp = stamp(watched);
        this.out = out;
        this.err = err;
    }

    /** {@code Daemon SOCKET}: serves commands on the Unix-domain socket SOCKET until idle. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Daemon SOCKET");
            System.exit(2);
        }
        Path socket = Path.of(args[0]).toAbsolutePath();
        // one daemon a socket: the lock is held for the daemon's life, so a socket file left by a dead one can be
        // replaced safely, and a second daemon started at the same moment leaves quietly
        FileChannel lockFile = FileChannel.open(Path.of(socket + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        FileLock lock = lockFile.tryLock();
        if (lock == null) {
            log("another daemon holds " + socket + ".lock; leaving");
            System.exit(0);
        }
        Path watched = Path.of(System.getProperty("ministerial.daemon.watch", programLocation().toString()));
        Charset charset = Charset.defaultCharset();
        Route out = new Route(Frames.OUT, new FileOutputStream(FileDescriptor.out));
        Route err = new Route(Frames.ERR, new FileOutputStream(FileDescriptor.err));
        System.setOut(new PrintStream(out, true, charset));
        System.setErr(new PrintStream(err, true, charset));
        // a scenario whose files are unchanged since an earlier command is not read and derived again
        KeptScenarios.keepBetweenCommands();
        new Daemon(socket, watched, out, err).serve();
    }

    private void serve() throws IOException {
        Files.deleteIfExists(socket);
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        Runtime.getRuntime().addShutdownHook(new Thread(this::removeSocket, "daemon-socket-removal"));
        Files.writeString(Path.of(socket + ".pid"), ProcessHandle.current().pid() + "\n");
        log("serving " + System.getProperty("user.dir") + " on " + socket + ", pid " + ProcessHandle.current().pid());
        Thread watchdog = new Thread(this::watch, "daemon-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        while (true) {
            SocketChannel client = server.accept();
            boolean take;
            boolean changed = !Objects.equals(stamp, stampOrNull(watched));
            synchronized (state) {
                if (changed && !busy) closing = true;
                take = !busy && !closing;
                if (take) busy = true;
            }
            if (!take) {
                // the client runs its command in a JVM of its own; a daemon whose program changed leaves
                refuse(client);
                if (changed && closing) leave("the program changed: " + watched);
                continue;
            }
            Thread request = new Thread(() -> handle(client), "daemon-request-" + (++served));
            request.start();
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
                else if (!Files.exists(socket)) why = "its socket was removed: " + socket;
                else if (!inItsFolder()) why = "its folder was moved or removed: " + System.getProperty("user.dir");
                if (why == null) continue;
                closing = true;
            }
            leave(why);
        }
    }

    /** Ends a daemon that leaves by itself, which leaves nothing behind; one that is stopped keeps its log. */
    private void leave(String why) {
        log("leaving: " + why);
        forget(Path.of(socket + ".lock"));
        forget(Path.of(socket.toString().replaceFirst("\\.sock$", ".log")));
        System.exit(0);
    }

    private static void forget(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // left for the next daemon of the same key to reuse
        }
    }

    private void handle(SocketChannel client) {
        boolean fatal = false;
        try (client) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Frames.input(client)));
            DataOutputStream to = new DataOutputStream(new BufferedOutputStream(Frames.output(client)));
            Frames.Request request = Frames.Request.read(in);
            if (!Path.of(request.folder()).equals(Path.of(System.getProperty("user.dir"))) || !inItsFolder()) {
                // a client from another folder, or this daemon's folder was moved away and another made at its path
                // (relative paths would then name files in the moved one): the client runs the command itself
                refuse(to);
                return;
            }
            FrameSink sink = new FrameSink(to);
            // whether the command has ended, so that the client's closing the connection afterwards stops nothing
            AtomicBoolean done = new AtomicBoolean();
            watchClient(in, done);
            System.setProperty("ministerial.console", Boolean.toString(request.console()));
            System.setProperty("picocli.ansi", Boolean.toString(request.colours()));
            System.setProperty("ministerial.console.columns", Integer.toString(request.columns()));
            out.to(sink);
            err.to(sink);
            int status;
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
            sink.exit(status);
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
     * Reads what the client sends while its command runs: a stop, or the end of the connection when the client was
     * killed. Either ends this JVM as the signal would have ended a process of its own, shutdown hooks and all.
     */
    private static void watchClient(DataInputStream in, AtomicBoolean done) {
        Thread t = new Thread(() -> {
            int b;
            try {
                b = in.read();
            } catch (IOException e) {
                b = -1;
            }
            if (done.get()) return;
            log(b == Frames.STOP ? "stopped by the client" : "the client went away");
            System.exit(b == Frames.STOP ? 130 : 137);
        }, "daemon-client-watch");
        t.setDaemon(true);
        t.start();
    }

    private static void refuse(SocketChannel client) {
        try (client) {
            refuse(new DataOutputStream(Frames.output(client)));
        } catch (IOException e) {
            // the client went away: nothing to tell
        }
    }

    private static void refuse(DataOutputStream to) throws IOException {
        to.writeByte(Frames.BUSY);
        to.flush();
    }

    private void removeSocket() {
        try {
            Files.deleteIfExists(socket);
            Files.deleteIfExists(Path.of(socket + ".pid"));
        } catch (IOException e) {
            // a socket file left behind is replaced by the next daemon
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

    /** The frames of one client's connection; one writer at a time, and a client gone makes later writes no-ops. */
    private static final class FrameSink {
        private final DataOutputStream to;
        private boolean gone;

        FrameSink(DataOutputStream to) {
            this.to = to;
        }

        synchronized void write(byte type, byte[] b, int off, int len) {
            if (gone || len == 0) return;
            try {
                Frames.writeBytes(to, type, b, off, len);
            } catch (IOException e) {
                gone = true;
            }
        }

        synchronized void exit(int status) throws IOException {
            if (gone) return;
            to.writeByte(Frames.EXIT);
            to.writeInt(status);
            to.flush();
        }
    }

    /**
     * System.out or System.err of the daemon: to the client being served, or to the daemon's log between commands
     * (a thread a command left behind).
     */
    private static final class Route extends OutputStream {
        private final byte type;
        private final OutputStream log;
        private volatile FrameSink sink;

        Route(byte type, OutputStream log) {
            this.type = type;
            this.log = log;
        }

        void to(FrameSink s) {
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
            FrameSink s = sink;
            if (s != null) s.write(type, b, off, len);
            else log.write(b, off, len);
        }
    }
}
