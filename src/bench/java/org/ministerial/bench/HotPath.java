package org.ministerial.bench;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the time goes, from a Java Flight Recorder file: aggregates the {@code jdk.ExecutionSample} events (the JVM's
 * periodic samples of running Java threads) into the methods most often on top of the stack ("self": the time spent
 * in the method's own code, inlined callees included) and the project methods most often anywhere on it
 * ("total": the method and everything it calls). It also sums the {@code jdk.ObjectAllocationSample} events (the
 * JVM's weighted samples of allocations) by the class allocated and by the frame that allocated it, since garbage
 * made per agent per round is time too.
 * {@code java -cp target/benchmarks.jar org.ministerial.bench.HotPath recording.jfr [TOP]}.
 */
public final class HotPath {
    private static final String PROJECT = "org.ministerial.";

    private HotPath() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: HotPath RECORDING.jfr [TOP]");
            System.exit(2);
        }
        int top = args.length == 2 ? Integer.parseInt(args[1]) : 15;
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Long> allocatedClass = new HashMap<>();
        Map<String, Long> allocatedBy = new HashMap<>();
        long allocated = 0;
        int samples = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if ("jdk.ObjectAllocationSample".equals(e.getEventType().getName())) {
                long weight = e.getLong("weight");
                allocated += weight;
                allocatedClass.merge(e.getClass("objectClass").getName(), weight, Long::sum);
                RecordedStackTrace trace = e.getStackTrace();
                if (trace != null && !trace.getFrames().isEmpty())
                    allocatedBy.merge(name(trace.getFrames().get(0).getMethod()), weight, Long::sum);
                continue;
            }
            if (!"jdk.ExecutionSample".equals(e.getEventType().getName())) continue;
            RecordedStackTrace trace = e.getStackTrace();
            if (trace == null || trace.getFrames().isEmpty()) continue;
            samples++;
            List<RecordedFrame> frames = trace.getFrames();
            self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (RecordedFrame f : frames) {
                String method = name(f.getMethod());
                if (method.startsWith(PROJECT) && seen.add(method)) total.merge(method, 1, Integer::sum);
            }
        }
        System.out.printf("%d execution samples%n%nself (top of stack)%n", samples);
        print(self, samples, top);
        System.out.printf("%ntotal (project methods anywhere on the stack)%n");
        print(total, samples, top);
        System.out.printf("%n%.1f MB allocated (sampled estimate), by class%n", allocated / 1e6);
        printBytes(allocatedClass, allocated, top);
        System.out.printf("%nby allocating frame%n");
        printBytes(allocatedBy, allocated, top);
    }

    private static void printBytes(Map<String, Long> bytes, long all, int top) {
        bytes.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(c -> System.out.printf("%6.1f%%  %9.1f MB  %s%n", 100.0 * c.getValue() / all,
                        c.getValue() / 1e6, c.getKey()));
    }

    private static String name(RecordedMethod m) {
        return m.getType().getName() + "." + m.getName();
    }

    private static void print(Map<String, Integer> counts, int samples, int top) {
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .forEach(c -> System.out.printf("%6.1f%%  %7d  %s%n", 100.0 * c.getValue() / samples, c.getValue(),
                        c.getKey()));
    }
}
