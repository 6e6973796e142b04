package org.ministerial.daemon;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the launcher runs for a long command: hands it to the folder's {@link Daemon}, starting one when there is
 * none, and passes its output and exit status on; runs the command in a JVM of its own when the daemon is busy with
 * another command or cannot be started. A small JVM with the quick compiler alone: it loads only this package's
 * client classes.
 *
 * <p>Arguments: {@code SOCKET LOG N DAEMON-COMMAND(N words) M DIRECT-COMMAND(M words) ARGS...}, where the daemon
 * command starts a {@link Daemon} on SOCKET and the direct command, followed by ARGS, runs the command alone.
 */
public final class DaemonClient {
    /** How long a stopped client waits for the daemon to finish the command's stop (a batch's resume hint). */
    private static final long STOP_WAIT_MILLIS = 5000;
    /** How long a started daemon may take to listen. */
    private static final long START_WAIT_MILLIS = 20_000;
    /** How long to wait for a daemon that another holds the socket's lock for. */
    private static final long LOCKED_WAIT_MILLIS = 3_000;

    private DaemonClient() {
    }

    public static void main(String[] a) throws Exception {
        Path socket = Path.of(a[0]);
        Path log = Path.of(a[1]);
        int n = Integer.parseInt(a[2]);
        List<String> daemon = Arrays.asList(a).subList(3, 3 + n);
        int m = Integer.parseInt(a[3 + n]);
        List<String> direct = Arrays.asList(a).subList(4 + n, 4 + n + m);
        List<String> args = Arrays.asList(a).subList(4 + n + m, a.length);

        SocketChannel channel = connectOrStart(socket, log, daemon);
        int status = channel == null ? runAlone(direct, args) : runInDaemon(channel, direct, args, log);
        System.exit(status);
    }

    private static int runInDaemon(SocketChannel channel, List<String> direct, List<String> args, Path log)
            throws IOException, InterruptedException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(Frames.input(channel)));
        DataOutputStream to = new DataOutputStream(Frames.output(channel));
        boolean console = System.console() != null;
        boolean colours = colours(console);
        int columns = console ? columns() : 0;
        try {
            new Frames.Request(System.getProperty("user.dir"), console, colours, columns, args).write(to);
        } catch (IOException e) {
            // the daemon went away between accepting and reading: the command runs alone
            return runAlone(direct, args);
        }
        CountDownLatch ended = new CountDownLatch(1);
        AtomicBoolean stopping = new AtomicBoolean();
        Thread stop = new Thread(() -> {
            stopping.set(true);
            try {
                to.writeByte(Frames.STOP);
                to.flush();
                ended.await(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (IOException | InterruptedException e) {
                // the daemon is gone already
            }
        }, "client-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        boolean first = true;
        Output out = new Output(new FileOutputStream(FileDescriptor.out));
        Output err = new Output(new FileOutputStream(FileDescriptor.err));
        try {
            while (true) {
                byte type = in.readByte();
                if (first) {
                    first = false;
                    if (type == Frames.BUSY) {
                        Runtime.getRuntime().removeShutdownHook(stop);
                        channel.close();
                        return runAlone(direct, args);
                    }
                }
                if (type == Frames.EXIT) {
                    int status = in.readInt();
                    Runtime.getRuntime().removeShutdownHook(stop);
                    return status;
                }
                int length = in.readInt();
                byte[] bytes = in.readNBytes(length);
                (type == Frames.OUT ? out : err).write(bytes);
            }
        } catch (EOFException e) {
            // the daemon ended before the command did: stopped by this client (the hook then exits as the signal
            // says), or by a signal of its own
            ended.countDown();
            if (first && !stopping.get()) {
                Runtime.getRuntime().removeShutdownHook(stop);
                return runAlone(direct, args);
            }
            // stopped by this client: the stop hook ends the JVM with the signal's status
            if (stopping.get()) Thread.sleep(STOP_WAIT_MILLIS + 1000);
            err.write(("ministerial: the daemon running this command ended before it (stopped, or see its log: " + log
                    + ")\n").getBytes());
            return 1;
        } finally {
            ended.countDown();
        }
    }

    /**
     * Whether help and messages may be coloured, by picocli's own rule for its automatic mode, which the daemon
     * cannot apply itself (it has no terminal, and another environment): never with {@code NO_COLOR}; always with
     * {@code CLICOLOR_FORCE} other than 0; never with {@code CLICOLOR=0}; else on a terminal.
     */
    private static boolean colours(boolean console) {
        if (System.getenv("NO_COLOR") != null) return false;
        String force = System.getenv("CLICOLOR_FORCE");
        if (force != null && !force.equals("0")) return true;
        if ("0".equals(System.getenv("CLICOLOR"))) return false;
        return console;
    }

    /**
     * One of the client's own outputs. A process whose standard output is closed or a pipe that was closed early
     * (`| head`) goes on with its work, its writes failing silently as a PrintStream's do; so does the client, which
     * reads the daemon's frames to the end whatever becomes of its outputs.
     */
    private static final class Output {
        private final OutputStream to;
        private boolean broken;

        Output(OutputStream to) {
            this.to = to;
        }

        void write(byte[] bytes) {
            if (broken) return;
            try {
                to.write(bytes);
            } catch (IOException e) {
                broken = true;
            }
        }
    }

    /** The terminal's width, which the launcher finds (stty) and the daemon's progress bar needs; 0 if unknown. */
    private static int columns() {
        try {
            return Integer.parseInt(System.getenv().getOrDefault("MINISTERIAL_TERMINAL_COLUMNS", "0").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Runs the command in a JVM of its own, as the launcher would have without a daemon. */
    private static int runAlone(List<String> direct, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(direct);
        command.addAll(args);
        Process p = new ProcessBuilder(command).inheritIO().start();
        // a stop that reaches only this client (SIGTERM from `timeout`, say) is passed on; Ctrl-C reaches both
        Thread stop = new Thread(() -> {
            p.destroy();
            try {
                p.waitFor(STOP_WAIT_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "client-stop-alone");
        Runtime.getRuntime().addShutdownHook(stop);
        int status = p.waitFor();
        Runtime.getRuntime().removeShutdownHook(stop);
        return status;
    }

    /** The daemon's connection, after starting the daemon if none listens; null if none could be had. */
    private static SocketChannel connectOrStart(Path socket, Path log, List<String> daemon) throws InterruptedException {
        SocketChannel channel = connect(socket);
        if (channel != null) return channel;
        List<String> command = new ArrayList<>();
        // its own session: the terminal's Ctrl-C is the client's to pass on, and the daemon outlives the launcher
        command.add("setsid");
        command.addAll(daemon);
        Process p;
        try {
            p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).redirectErrorStream(true).start();
        } catch (IOException e) {
            return null;
        }
        long deadline = System.nanoTime() + START_WAIT_MILLIS * 1_000_000;
        long ended = 0;
        while (System.nanoTime() < deadline) {
            Thread.sleep(20);
            channel = connect(socket);
            if (channel != null) return channel;
            if (p.isAlive()) continue;
            // a daemon that failed leaves at once with a non-zero status; one that found another daemon holding the
            // socket's lock, with 0: that one is starting (and listens within moments) or lost its socket (and
            // leaves within seconds), so it is given a few seconds, not the whole wait
            if (p.exitValue() != 0) return null;
            if (ended == 0) ended = System.nanoTime();
            else if (System.nanoTime() - ended > LOCKED_WAIT_MILLIS * 1_000_000) return null;
        }
        return null;
    }

    private static SocketChannel connect(Path socket) {
        try {
            SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
            try {
                channel.connect(UnixDomainSocketAddress.of(socket));
                return channel;
            } catch (IOException e) {
                channel.close();
                return null;
            }
        } catch (IOException e) {
            return null;
        }
    }
}
