package org.ministerial.daemon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ministerial.cli.Main;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A command served by the folder's daemon behaves as in a JVM of its own: the same files, output and exit status;
 * a stop of the client stops the command as the signal would have stopped that JVM; a busy or missing daemon leaves
 * the command to a JVM of its own; the daemon leaves when idle or when the program changes. Every process here is a
 * real one, started as the launcher starts them (bin/ministerial; .ci/daemon-check.sh checks the launcher itself).
 */
class DaemonTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String CLASSPATH = System.getProperty("java.class.path");
    private static final String TEXTBOOK = ROOT.resolve("scenarios/textbook.yaml").toString();
    private static final String CANCUN = ROOT.resolve("scenarios/cancun-2003.yaml").toString();

    @TempDir
    Path tmp;

    private Path work;
    private Path pipe;
    private Path watched;
    private List<String> daemonOptions = new ArrayList<>(List.of("-Dministerial.daemon.check.millis=100"));
    private final List<Process> started = new ArrayList<>();

    private void setUp() throws IOException {
        work = Files.createDirectories(tmp.resolve("work"));
        pipe = tmp.resolve("d.pipe");
        watched = Files.writeString(tmp.resolve("program.jar"), "the program");
    }

    @AfterEach
    void stopDaemon() throws Exception {
        for (Process p : started) p.destroyForcibly();
        daemonPid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    }

    private List<String> daemonCommand() {
        List<String> c = new ArrayList<>(List.of(JAVA, "-Djava.awt.headless=true", "-Dministerial.home=" + ROOT,
                "-Dministerial.daemon.watch=" + watched));
        c.addAll(daemonOptions);
        c.addAll(List.of("-cp", CLASSPATH, Daemon.class.getName(), pipe.toString()));
        return c;
    }

    private static List<String> directCommand() {
        return List.of(JAVA, "-Djava.awt.headless=true", "-Dministerial.home=" + ROOT, "-cp", CLASSPATH,
                Main.class.getName());
    }

    /** The client's command line, as the launcher runs it (bin/daemon-client). */
    private List<String> clientCommand(List<String> daemon, String... args) {
        return clientCommand(ROOT.resolve("bin/daemon-client"), daemon, directCommand(), args);
    }

    private List<String> clientCommand(Path script, List<String> daemon, List<String> direct, String... args) {
        List<String> c = new ArrayList<>(List.of("bash", script.toString(), pipe.toString(),
                tmp.resolve("d.log").toString(), Integer.toString(daemon.size())));
        c.addAll(daemon);
        c.add(Integer.toString(direct.size()));
        c.addAll(direct);
        c.addAll(List.of(args));
        return c;
    }

    /** A command that runs {@code args} in the daemon or fails: a JVM of its own cannot start. */
    private int servedOnly(String name, String... args) throws Exception {
        List<String> cannotRun = List.of(JAVA, "-cp", CLASSPATH, "org.ministerial.daemon.NoSuchClass");
        Process p = new ProcessBuilder(clientCommand(ROOT.resolve("bin/daemon-client"), daemonCommand(), cannotRun,
                args)).directory(work.toFile()).redirectOutput(work.resolve(name + ".out").toFile())
                .redirectError(work.resolve(name + ".err").toFile()).start();
        started.add(p);
        return finish(p);
    }

    /** A client started through {@code bash -c SHELL}, which ends by running the client's command line. */
    private Process throughShell(String shell, List<String> client) throws IOException {
        List<String> c = new ArrayList<>(List.of("bash", "-c", shell + "; exec \"$@\"", "client"));
        c.addAll(client);
        Process p = new ProcessBuilder(c).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(work.resolve("shell.out").toFile()).start();
        started.add(p);
        return p;
    }

    /** A client, as the launcher starts it, in the work folder; its output in NAME.out and NAME.err. */
    private Process client(String name, List<String> daemon, String... args) throws IOException {
        Process p = new ProcessBuilder(clientCommand(daemon, args)).directory(work.toFile())
                .redirectOutput(work.resolve(name + ".out").toFile())
                .redirectError(work.resolve(name + ".err").toFile()).start();
        started.add(p);
        return p;
    }

    private Process client(String name, String... args) throws IOException {
        return client(name, daemonCommand(), args);
    }

    /** The command in a JVM of its own, as the launcher runs it without a daemon. */
    private int alone(String name, String... args) throws Exception {
        List<String> c = new ArrayList<>(directCommand());
        c.addAll(List.of(args));
        Process p = new ProcessBuilder(c).directory(work.toFile()).redirectOutput(work.resolve(name + ".out").toFile())
                .redirectError(work.resolve(name + ".err").toFile()).start();
        return finish(p);
    }

    private int finish(Process p) throws InterruptedException {
        if (!p.waitFor(120, TimeUnit.SECONDS)) fail("the command did not end; " + state());
        return p.exitValue();
    }

    /** What a command that does not end left to look at: the daemons' folder and the daemon's log. */
    private String state() {
        try (Stream<Path> files = Files.list(tmp)) {
            String log = Files.exists(tmp.resolve("d.log")) ? Files.readString(tmp.resolve("d.log")) : "(no log)";
            return "files " + files.map(f -> f.getFileName().toString()).sorted().toList() + ", log:\n" + log;
        } catch (IOException e) {
            return e.toString();
        }
    }

    private String text(String file) throws IOException {
        return Files.readString(work.resolve(file));
    }

    private Optional<Long> daemonPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(Path.of(pipe + ".pid")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private long servingLines() throws IOException {
        return Files.readAllLines(tmp.resolve("d.log")).stream().filter(l -> l.contains(" serving ")).count();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, String what) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited in vain for " + what);
            Thread.sleep(50);
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    @Test
    void aCommandServedByTheDaemonWritesWhatItsOwnJvmWrites() throws Exception {
        setUp();
        assertEquals(0, finish(client("first", "batch", TEXTBOOK, "--runs", "60", "--seed", "4", "--set",
                "parameters.noise.position=0.05", "--out", "daemon-folder")));
        assertEquals(0, alone("alone", "batch", TEXTBOOK, "--runs", "60", "--seed", "4", "--set",
                "parameters.noise.position=0.05", "--out", "alone-folder"));
        List<Path> files;
        try (Stream<Path> s = Files.walk(work.resolve("alone-folder"))) {
            files = s.filter(Files::isRegularFile).map(work.resolve("alone-folder")::relativize).sorted().toList();
        }
        assertTrue(files.contains(Path.of("runs.csv")), files.toString());
        for (Path f : files) {
            byte[] own = Files.readAllBytes(work.resolve("alone-folder").resolve(f));
            byte[] served = Files.readAllBytes(work.resolve("daemon-folder").resolve(f));
            if (f.toString().equals("manifest.json")) {
                // the clock's times differ, nothing else
                String times = "\"(started|finished)\" : \"[^\"]*\"";
                assertEquals(new String(own, UTF_8).replaceAll(times, ""), new String(served, UTF_8).replaceAll(times, ""));
            } else {
                assertArrayEquals(own, served, f.toString());
            }
        }
        assertEquals(text("alone.out").replace("alone-folder", "daemon-folder"), text("first.out"));
        // the progress lines alike but for the rates and times left, which the clock makes
        String timing = "(?m)[0-9.]+ runs/s, ETA \\S+$";
        assertEquals(text("alone.err").replaceAll(timing, "R"), text("first.err").replaceAll(timing, "R"));

        // the next command is served by the same daemon
        long pid = daemonPid().orElseThrow();
        assertEquals(0, finish(client("second", "batch", TEXTBOOK, "--runs", "60", "--seed", "5", "--out", "next")));
        assertEquals(Optional.of(pid), daemonPid());
        assertEquals(1, servingLines());
        assertTrue(text("second.out").contains("results: next"), text("second.out"));
    }

    @Test
    void usageErrorsAndExitStatusesPassThrough() throws Exception {
        setUp();
        assertEquals(2, finish(client("usage", "batch", TEXTBOOK, "--bogus")));
        assertEquals(2, alone("alone", "batch", TEXTBOOK, "--bogus"));
        assertEquals(text("alone.err"), text("usage.err"));
        assertTrue(text("usage.err").contains("Unknown option: '--bogus'"), text("usage.err"));
        assertEquals(1, finish(client("missing", "batch", work.resolve("none.yaml").toString())));
        assertTrue(text("missing.err").contains("none.yaml"), text("missing.err"));
    }

    /** A client whose batch of 20,000 Cancún runs (into "long") has made its first commit; a minute's work. */
    private Process longBatch(String name) throws Exception {
        Process p = client(name, "batch", CANCUN, "--runs", "20000", "--seed", "9", "--out", "long");
        waitFor(() -> Files.exists(work.resolve("long/.progress.json")), "the batch's first commit");
        return p;
    }

    @Test
    void aStoppedClientStopsItsCommandAsTheSignalWouldHaveStoppedItsJvm() throws Exception {
        setUp();
        Process p = longBatch("stopped");
        long pid = daemonPid().orElseThrow();
        p.destroy();  // SIGTERM, as `timeout` or `kill` sends
        assertEquals(143, finish(p));
        String err = text("stopped.err");
        assertTrue(err.contains("to resume, run"), err);
        assertTrue(err.contains("bin/ministerial batch " + CANCUN + " --runs 20000 --seed 9 --out long"), err);
        waitFor(() -> !alive(pid), "the daemon to end");
        assertFalse(Files.exists(pipe), "a stopped daemon removes its pipe");
        assertTrue(Files.readString(tmp.resolve("d.log")).contains("stopped by the client"));
        assertEquals(List.of("d.log", "d.pipe.lock", "program.jar", "work"), namesIn(tmp), "what a stopped daemon keeps");
    }

    @Test
    void aKilledClientStopsItsCommand() throws Exception {
        setUp();
        Process p = longBatch("killed");
        long pid = daemonPid().orElseThrow();
        p.destroyForcibly();  // SIGKILL: the client cannot say a word
        waitFor(() -> !alive(pid), "the daemon to end");
        assertTrue(Files.readString(tmp.resolve("d.log")).contains("the client went away"));
    }

    @Test
    void aBusyDaemonLeavesTheCommandToAJvmOfItsOwn() throws Exception {
        setUp();
        Process busy = longBatch("busy");
        assertEquals(0, finish(client("beside", "batch", TEXTBOOK, "--runs", "30", "--seed", "2", "--out", "beside")));
        assertTrue(text("beside.out").contains("results: beside"), text("beside.out"));
        assertTrue(Files.exists(work.resolve("beside/runs.csv")));
        assertTrue(busy.isAlive(), "the daemon's command goes on");
        assertEquals(1, servingLines());
    }

    @Test
    void theDaemonLeavesWhenTheProgramChanges() throws Exception {
        setUp();
        assertEquals(0, finish(client("first", "batch", TEXTBOOK, "--runs", "10", "--seed", "1", "--out", "a")));
        long pid = daemonPid().orElseThrow();
        Files.setLastModifiedTime(watched, FileTime.from(Instant.now().plusSeconds(5)));
        waitFor(() -> !alive(pid), "the daemon to notice the new program");
        assertEquals(0, finish(client("second", "batch", TEXTBOOK, "--runs", "10", "--seed", "1", "--out", "b")));
        assertTrue(daemonPid().filter(p -> p != pid).isPresent(), "a new daemon serves the new program");
    }

    @Test
    void anIdleDaemonLeavesNothingBehind() throws Exception {
        setUp();
        daemonOptions.add("-Dministerial.daemon.idle.seconds=3");
        assertEquals(0, finish(client("first", "batch", TEXTBOOK, "--runs", "10", "--seed", "1", "--out", "a")));
        assertEquals(2, finish(client("usage", "batch", TEXTBOOK, "--bogus")));
        long pid = daemonPid().orElseThrow();
        waitFor(() -> !alive(pid), "the idle daemon to leave");
        // neither the daemon's files nor its clients' requests and pipes
        assertEquals(List.of("program.jar", "work"), namesIn(tmp));
    }

    private static List<String> namesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void whenNoDaemonStartsTheCommandRunsInAJvmOfItsOwn() throws Exception {
        setUp();
        List<String> broken = List.of(JAVA, "-cp", CLASSPATH, "org.ministerial.daemon.NoSuchDaemon", pipe.toString());
        assertEquals(0, finish(client("alone", broken, "batch", TEXTBOOK, "--runs", "10", "--seed", "1", "--out", "a")));
        assertTrue(text("alone.out").contains("results: a"), text("alone.out"));
        assertFalse(Files.exists(pipe));
    }

    @Test
    void aClosedOutputDoesNotStopTheCommand() throws Exception {
        setUp();
        List<String> c = clientCommand(daemonCommand(), "batch", TEXTBOOK, "--runs", "300", "--seed", "3", "--out",
                "piped");
        // standard output and error to a pipe closed at once, as `| head -1` closes it
        Process p = new ProcessBuilder(c).directory(work.toFile()).redirectErrorStream(true).start();
        started.add(p);
        p.getInputStream().close();
        assertEquals(0, finish(p));
        assertEquals(301, Files.readAllLines(work.resolve("piped/runs.csv")).size());
        assertTrue(daemonPid().isPresent(), "the daemon stays");
    }

    @Test
    void aDaemonWhoseFolderWasMovedLeavesTheCommandToAJvmOfItsOwnAndLeaves() throws Exception {
        setUp();
        assertEquals(0, finish(client("first", "batch", TEXTBOOK, "--runs", "5", "--seed", "1", "--out", "a")));
        long pid = daemonPid().orElseThrow();
        Files.move(work, tmp.resolve("work-moved"));
        Files.createDirectories(work);
        assertEquals(0, finish(client("second", "batch", TEXTBOOK, "--runs", "5", "--seed", "1", "--out", "b")));
        assertTrue(Files.exists(work.resolve("b/runs.csv")), "written in the folder the command was typed in");
        assertFalse(Files.exists(tmp.resolve("work-moved/b")), "not in the moved one");
        waitFor(() -> !alive(pid), "the daemon of the moved folder to leave");
    }

    @Test
    void aDaemonWhosePipeWasRemovedLeaves() throws Exception {
        setUp();
        assertEquals(0, finish(client("first", "batch", TEXTBOOK, "--runs", "5", "--seed", "1", "--out", "a")));
        long pid = daemonPid().orElseThrow();
        Files.delete(pipe);
        waitFor(() -> !alive(pid), "the daemon without a pipe to leave");
    }

    @Test
    void aClosedStandardOutputDoesNotHoldTheDaemon() throws Exception {
        setUp();
        // standard output closed (`>&-`): the copy of the command's output has nowhere to write
        Process p = throughShell("exec >&-", clientCommand(daemonCommand(), "batch", TEXTBOOK, "--runs", "20",
                "--seed", "3", "--out", "closed"));
        assertEquals(0, finish(p));
        assertEquals(21, Files.readAllLines(work.resolve("closed/runs.csv")).size());
        // the daemon is free for the next command, which no JVM of its own could run
        assertEquals(0, servedOnly("next", "batch", TEXTBOOK, "--runs", "5", "--seed", "1", "--out", "next"));
        assertTrue(text("next.out").contains("results: next"), text("next.out"));
    }

    @Test
    void theDaemonKeepsNoneOfTheFilesItsFirstClientHadOpen() throws Exception {
        setUp();
        Path lock = tmp.resolve("study.lock");
        // as a script holding a lock (`exec 9>study.lock; flock 9`) runs its first batch
        Process p = throughShell("exec 9>\"" + lock + "\"", clientCommand(daemonCommand(), "batch", TEXTBOOK,
                "--runs", "5", "--seed", "1", "--out", "a"));
        assertEquals(0, finish(p));
        long pid = daemonPid().orElseThrow();
        List<Path> open;
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            open = fds.map(fd -> {
                try {
                    return Files.readSymbolicLink(fd);
                } catch (IOException e) {
                    return fd;
                }
            }).toList();
        }
        assertFalse(open.contains(lock), open.toString());
        assertFalse(open.stream().anyMatch(f -> f.getFileName() != null && f.getFileName().toString().startsWith("c")
                && f.toString().contains(tmp.toString())), "a client's pipe: " + open);
    }

    @Test
    void aRequestTheDaemonCannotReadLeavesTheCommandToAJvmOfItsOwn() throws Exception {
        setUp();
        assertEquals(0, finish(client("first", "batch", TEXTBOOK, "--runs", "5", "--seed", "1", "--out", "a")));
        // a client of another version of the program, whose request this daemon does not read
        Path other = Files.writeString(tmp.resolve("other-client"),
                Files.readString(ROOT.resolve("bin/daemon-client")).replace("MIN2", "MIN9"));
        Process p = new ProcessBuilder(clientCommand(other, daemonCommand(), directCommand(), "batch", TEXTBOOK,
                "--runs", "5", "--seed", "1", "--out", "b")).directory(work.toFile())
                .redirectOutput(work.resolve("other.out").toFile()).redirectError(work.resolve("other.err").toFile())
                .start();
        started.add(p);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the client waits for an answer that does not come");
        assertEquals(0, p.exitValue());
        assertTrue(text("other.out").contains("results: b"), text("other.out"));
        assertTrue(Files.readString(tmp.resolve("d.log")).contains("not a request of this version"));
    }
}
