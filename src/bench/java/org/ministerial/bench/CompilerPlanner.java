package org.ministerial.bench;

import jdk.jfr.EventType;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;
import org.ministerial.cli.CompilerPlan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which methods the optimising compiler (C2) leaves to the quick one (C1) in a short batch on every processor,
 * planned from the compilation logs and flight recordings of long batches and written as HotSpot compiler directives
 * for {@link CompilerPlan} ({@code bin/compiler-directives.json}, made by {@code bin/make-compiler-plan};
 * docs/performance.md, "Compiling what pays").
 *
 * <p>The rule: a method is left to C1 when C2's compilations of it, summed over the recorded batches, took at least
 * {@link #MIN_COMPILE_SECONDS} and longer than those batches spent in the method's own code (its self time: the
 * execution samples with the method on top of the stack, times the sampling period), and the method is too large for
 * C2 to inline ({@link #MAX_INLINED_BYTECODES}). Even a C2 that made such a method's code free would not win back its
 * compilation within batches of that length, and on two cores a batch whose workers use both takes that compilation
 * from them ("The compiler's demand"). Small compilations are left alone: they cost little. A method whose pattern
 * HotSpot refuses is left out.
 *
 * <p>{@code java -cp target/benchmarks.jar org.ministerial.bench.CompilerPlanner OUT.json LOG RECORDING [LOG RECORDING
 * ...]}, each pair from one process run with {@code -XX:+LogCompilation} and {@code -XX:StartFlightRecording}.
 */
public final class CompilerPlanner {
    /** Compilations smaller than this (C2's time for the method over the batch) are never worth a directive. */
    static final double MIN_COMPILE_SECONDS = 0.02;
    /**
     * The largest method C2 inlines at a frequent call: the launcher's {@code -XX:FreqInlineSize=100}
     * (docs/performance.md, "Inlining"). Only larger methods are candidates, since they lose nothing but their own
     * code's speed when C2 leaves them; a smaller one may be inlined into hot code, which it then no longer could be.
     */
    static final int MAX_INLINED_BYTECODES = 100;

    private CompilerPlanner() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length % 2 == 0) {
            System.err.println("usage: CompilerPlanner OUT.json LOG RECORDING [LOG RECORDING ...]");
            System.exit(2);
        }
        // C2's time for each method and the time spent in its own code, summed over the recorded batches
        Map<String, Double> compile = new HashMap<>();
        Map<String, Double> self = new HashMap<>();
        for (int i = 1; i < args.length; i += 2) {
            double compiled = 0, sampled = 0;
            for (CompileLog.Compilation c : CompileLog.c2Compilations(Path.of(args[i]))) {
                // a hidden class (a lambda's) has a new name in every process: no directive can name it
                if (c.key().contains("$$Lambda")) continue;
                // a method C2 may inline is worth more than its own code: it makes its callers' code faster
                if (c.bytecodes() <= MAX_INLINED_BYTECODES) continue;
                compile.merge(c.key(), c.seconds(), Double::sum);
                compiled += c.seconds();
            }
            for (Map.Entry<String, Double> e : selfSeconds(Path.of(args[i + 1])).entrySet()) {
                self.merge(e.getKey(), e.getValue(), Double::sum);
                sampled += e.getValue();
            }
            System.err.printf("%s: C2 %.2f s on methods larger than %d bytecodes; %.1f s of code sampled%n",
                    args[i], compiled, MAX_INLINED_BYTECODES, sampled);
        }
        Set<String> leftToC1 = new TreeSet<>();
        double savedCompile = 0, theirSelf = 0;
        for (Map.Entry<String, Double> e : compile.entrySet()) {
            double selfTime = self.getOrDefault(e.getKey(), 0.0);
            if (e.getValue() >= MIN_COMPILE_SECONDS && e.getValue() > selfTime) {
                leftToC1.add(e.getKey());
                savedCompile += e.getValue();
                theirSelf += selfTime;
            }
        }
        System.err.printf("%d methods left to C1: %.2f s of C2's time, against %.2f s in their own code;"
                + " those with the most own code:%n", leftToC1.size(), savedCompile, theirSelf);
        leftToC1.stream()
                .sorted((a, b) -> Double.compare(self.getOrDefault(b, 0.0), self.getOrDefault(a, 0.0)))
                .limit(12)
                .forEach(m -> System.err.printf("  %6.2f s own code, %6.2f s C2  %s%n", self.getOrDefault(m, 0.0),
                        compile.get(m), m));
        if (leftToC1.isEmpty()) {
            System.err.println("no method to leave to C1; " + args[0] + " not written");
            System.exit(1);
        }
        Files.writeString(Path.of(args[0]), directives(takenByHotSpot(leftToC1)), StandardCharsets.UTF_8);
        System.err.println("written: " + args[0]);
    }

    /**
     * Seconds with each method on top of a sampled stack (named with its descriptor, as overloads differ in size):
     * samples times the recording's sampling period.
     */
    static Map<String, Double> selfSeconds(Path recording) throws IOException {
        double period = samplingPeriodSeconds(recording);
        Map<String, Double> out = new TreeMap<>();
        try (RecordingFile in = new RecordingFile(recording)) {
            while (in.hasMoreEvents()) {
                RecordedEvent e = in.readEvent();
                if (!"jdk.ExecutionSample".equals(e.getEventType().getName())) continue;
                RecordedStackTrace trace = e.getStackTrace();
                if (trace == null || trace.getFrames().isEmpty()) continue;
                RecordedMethod top = trace.getFrames().get(0).getMethod();
                out.merge(top.getType().getName() + "." + top.getName() + top.getDescriptor(), period, Double::sum);
            }
        }
        return out;
    }

    /** The period of {@code jdk.ExecutionSample} the recording ran with (10 ms under {@code settings=profile}). */
    private static double samplingPeriodSeconds(Path recording) throws IOException {
        long sampleType = -1;
        try (RecordingFile in = new RecordingFile(recording)) {
            for (EventType t : in.readEventTypes())
                if (t.getName().equals("jdk.ExecutionSample")) sampleType = t.getId();
            while (in.hasMoreEvents()) {
                RecordedEvent e = in.readEvent();
                if ("jdk.ActiveSetting".equals(e.getEventType().getName()) && e.getLong("id") == sampleType
                        && "period".equals(e.getString("name")))
                    return seconds(e.getString("value"));
            }
        }
        throw new IOException(recording + ": no sampling period for jdk.ExecutionSample; record with settings=profile");
    }

    private static double seconds(String period) {
        String[] parts = period.trim().split("\\s+");
        double value = Double.parseDouble(parts[0]);
        return switch (parts.length == 2 ? parts[1] : "ms") {
            case "ns" -> value / 1e9;
            case "us" -> value / 1e6;
            case "ms" -> value / 1e3;
            case "s" -> value;
            default -> throw new IllegalArgumentException("sampling period " + period);
        };
    }

    /**
     * HotSpot's directives file (JEP 165): one directive matching every method left to C1, as
     * {@code package/Class.method(descriptor)}, with C2 excluded. HotSpot's parser takes no comments here, so the file says
     * nothing of where it came from: docs/performance.md does.
     */
    static String directives(Collection<String> methods) {
        StringBuilder out = new StringBuilder("[\n  { match: [\n");
        List<String> patterns = methods.stream().map(CompilerPlanner::pattern).toList();
        for (int i = 0; i < patterns.size(); i++)
            out.append("      \"").append(patterns.get(i)).append(i + 1 < patterns.size() ? "\",\n" : "\"\n");
        return out.append("    ],\n    c2: { Exclude: true } }\n]\n").toString();
    }

    /** {@code java/util/HashMap.putVal(I...)...} for {@code java.util.HashMap.putVal(I...)...}. */
    private static String pattern(String method) {
        int dot = method.lastIndexOf('.', method.indexOf('('));
        return method.substring(0, dot).replace('.', '/') + method.substring(dot);
    }

    /**
     * The methods whose pattern HotSpot takes, tried in this JVM: it refuses some names (a method called
     * {@code print}: "Did not specify any method name") and adds the rest of a directive with no more than an error
     * line, so one refused pattern would go unnoticed in the plan. The errors name the file's line, and
     * {@link #directives} writes method i on line i + 3.
     */
    private static List<String> takenByHotSpot(Collection<String> methods) throws IOException {
        List<String> taken = new ArrayList<>(methods);
        Path tmp = Files.createTempFile("directives", ".json");
        try {
            while (true) {
                Files.writeString(tmp, directives(taken));
                String reply = CompilerPlan.install(tmp).orElseThrow(
                        () -> new IOException("this JVM has no Compiler.directives_add: run the planner on HotSpot"));
                if (CompilerPlan.accepted(reply)) return taken;
                TreeSet<Integer> refused = new TreeSet<>();
                Matcher line = Pattern.compile("on line (\\d+)").matcher(reply);
                while (line.find()) refused.add(Integer.parseInt(line.group(1)) - 3);
                if (refused.isEmpty() || refused.first() < 0 || refused.last() >= taken.size())
                    throw new IOException("HotSpot does not take the plan: " + reply);
                for (int i : refused.descendingSet()) {
                    System.err.println("  left out, as HotSpot refuses its pattern: " + pattern(taken.get(i)));
                    taken.remove(i);
                }
            }
        } finally {
            Files.delete(tmp);
        }
    }
}
