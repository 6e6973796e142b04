package org.ministerial.bench;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time of this JVM's threads by kind (batch workers, the calling thread, the JIT compiler, the collector,
 * the rest), read from {@code /proc/self/task} by a poller every 20 ms so that threads which end between two reads
 * (a batch's workers) still count with their last reading. Linux only: elsewhere every figure is zero.
 */
final class ThreadCpu implements AutoCloseable {
    private static final Path TASKS = Path.of("/proc/self/task");
    private static final long TICKS_PER_SECOND = 100;

    private final Map<String, Long> ticksByThread = new HashMap<>();
    private final Map<String, String> kindByThread = new HashMap<>();
    private final Thread poller;

    ThreadCpu() {
        poller = new Thread(this::poll, "thread-cpu");
        poller.setDaemon(true);
        poller.start();
    }

    /** Seconds of CPU by kind of thread since this started, as last read. */
    synchronized Map<String, Double> seconds() {
        read();
        Map<String, Double> byKind = new TreeMap<>();
        ticksByThread.forEach((tid, ticks) ->
                byKind.merge(kindByThread.get(tid), (double) ticks / TICKS_PER_SECOND, Double::sum));
        return byKind;
    }

    /** The difference of two {@link #seconds()} readings, kinds with no CPU left out. */
    static String between(Map<String, Double> before, Map<String, Double> after) {
        StringBuilder text = new StringBuilder();
        after.forEach((kind, s) -> {
            double used = s - before.getOrDefault(kind, 0.0);
            if (used >= 0.005) text.append(String.format(" %s %.2f s", kind, used));
        });
        return text.toString().trim();
    }

    private void poll() {
        while (!Thread.currentThread().isInterrupted()) {
            synchronized (this) {
                read();
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void read() {
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
            for (Path task : tasks) {
                String stat;
                try {
                    stat = Files.readString(task.resolve("stat"));
                } catch (IOException e) {
                    continue; // the thread ended since the listing
                }
                int close = stat.lastIndexOf(')');
                String name = stat.substring(stat.indexOf('(') + 1, close);
                String[] fields = stat.substring(close + 2).split(" ");
                // fields 14 and 15 of the stat line (utime, stime), counted from the state after the name
                long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                String tid = task.getFileName().toString();
                ticksByThread.put(tid, ticks);
                kindByThread.put(tid, kind(name));
            }
        } catch (IOException e) {
            // not Linux: nothing to read
        }
    }

    private static String kind(String name) {
        if (name.startsWith("ministerial-run")) return "workers";
        if (name.equals("java") || name.equals("main")) return "main";
        if (name.startsWith("C1 ") || name.startsWith("C2 ")) return "compiler";
        if (name.startsWith("GC ") || name.startsWith("VM Thread")) return "collector";
        if (name.equals("thread-cpu")) return "poller";
        return "other";
    }

    @Override
    public void close() {
        poller.interrupt();
    }
}
