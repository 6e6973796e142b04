package org.ministerial.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the JIT compiler's optimising tier (C2) spent its time on, from a HotSpot compilation log
 * ({@code -XX:+UnlockDiagnosticVMOptions -XX:+LogCompilation -XX:LogFile=FILE}): each compilation's time from its
 * {@code <task>} to its {@code <task_done>}, summed by method (with how many times, and how many of those on-stack
 * replacements) and by package, and how busy the compiler was in each second of the process. A batch of a few
 * thousand runs pays this while it runs: docs/performance.md, "The compiler's demand".
 * {@code java -cp target/benchmarks.jar org.ministerial.bench.CompileLog compile.log [TOP]}.
 */
public final class CompileLog {
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)='([^']*)'");

    private CompileLog() {
    }

    /** One method's compilations by C2. */
    private static final class Method {
        int compiles, osr;
        double seconds;
    }

    /**
     * One compilation by C2: the method as the log names it ({@code java.util.HashMap putVal (...)Ljava/lang/Object;}),
     * its size in bytecodes, when it started and ended (seconds since the JVM started) and whether it was an on-stack
     * replacement.
     */
    record Compilation(String method, int bytecodes, double start, double end, boolean onStack) {
        double seconds() {
            return end - start;
        }

        /**
         * {@code java.util.HashMap.putVal(ILjava/lang/Object;Ljava/lang/Object;ZZ)Ljava/lang/Object;}: the class, the
         * method's name and its descriptor, as {@link CompilerPlanner} names a sampled method too.
         */
        String key() {
            String[] parts = method.split(" ");
            return parts[0] + "." + parts[1] + parts[2];
        }
    }

    /** C2's compilations in a HotSpot compilation log, each from its {@code <task>} to its {@code <task_done>}. */
    static List<Compilation> c2Compilations(Path log) throws IOException {
        List<Compilation> out = new ArrayList<>();
        Map<String, String> open = null;
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.ISO_8859_1)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("<task ")) {
                    open = attributes(line);
                } else if (line.startsWith("<task_done") && open != null) {
                    // C1's tiers carry level 1 to 3; C2's tasks carry level 4 or, without tiers, none
                    if (open.getOrDefault("level", "4").equals("4"))
                        out.add(new Compilation(open.get("method").replace("&lt;", "<").replace("&gt;", ">"),
                                Integer.parseInt(open.get("bytes")), Double.parseDouble(open.get("stamp")),
                                Double.parseDouble(attributes(line).get("stamp")), open.containsKey("osr_bci")));
                    open = null;
                }
            }
        }
        return out;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: CompileLog COMPILATION.log [TOP]");
            System.exit(2);
        }
        int top = args.length == 2 ? Integer.parseInt(args[1]) : 25;
        Map<String, Method> byMethod = new HashMap<>();
        Map<String, Double> byPackage = new TreeMap<>();
        Map<Integer, Double> busy = new TreeMap<>();
        double total = 0;
        for (Compilation c : c2Compilations(Path.of(args[0]))) {
            Method m = byMethod.computeIfAbsent(c.method(), x -> new Method());
            m.compiles++;
            if (c.onStack()) m.osr++;
            m.seconds += c.seconds();
            total += c.seconds();
            byPackage.merge(packageOf(c.method()), c.seconds(), Double::sum);
            for (double t = c.start(); t < c.end(); t = Math.floor(t) + 1)
                busy.merge((int) t, Math.min(c.end(), Math.floor(t) + 1) - t, Double::sum);
        }
        int compiles = byMethod.values().stream().mapToInt(m -> m.compiles).sum();
        System.out.printf("C2: %.2f s in %d compilations of %d methods%n%nby method%n", total, compiles,
                byMethod.size());
        byMethod.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue().seconds, a.getValue().seconds))
                .limit(top)
                .forEach(e -> System.out.printf("%7.3f s  %2d compilations (%d on-stack)  %s%n", e.getValue().seconds,
                        e.getValue().compiles, e.getValue().osr, e.getKey()));
        System.out.printf("%nby package%n");
        byPackage.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
                .limit(top)
                .forEach(e -> System.out.printf("%7.3f s  %s%n", e.getValue(), e.getKey()));
        System.out.printf("%nC2 busy per second of the process (share of the second)%n");
        StringBuilder line = new StringBuilder();
        busy.forEach((second, seconds) -> line.append(String.format("%d:%.2f ", second, seconds)));
        System.out.println(line.toString().trim());
    }

    private static Map<String, String> attributes(String line) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(line);
        while (m.find()) out.put(m.group(1), m.group(2));
        return out;
    }

    /** {@code org.ministerial.model} for a project method, {@code java.util} for the JDK's, and so on. */
    private static String packageOf(String method) {
        String[] parts = method.substring(0, method.indexOf(' ')).split("\\.");
        int depth = parts[0].equals("org") || parts[0].equals("jdk") || parts[0].equals("sun") ? 3 : 2;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < Math.min(depth, parts.length - 1); i++) out.append(i > 0 ? "." : "").append(parts[i]);
        return out.toString();
    }
}
