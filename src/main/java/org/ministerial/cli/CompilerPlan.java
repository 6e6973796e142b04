package org.ministerial.cli;

import javax.management.JMException;
import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The JIT compiler's plan for a batch (or a shard of one) of at most {@link #MAX_RUNS} runs whose workers take every
 * processor
 * (docs/performance.md, "Compiling what pays"). The optimising compiler (C2) then takes its time from the workers:
 * over a 3,000-run Cancún batch it needs about as much CPU as the runs themselves. The plan,
 * {@code bin/compiler-directives.json} (made by {@code bin/make-compiler-plan}), leaves to the quick compiler (C1) the
 * methods whose C2 compilation costs more than batches of {@link #MAX_RUNS} runs spend in them. With fewer threads than
 * processors a processor is free for C2, and a longer batch would lose more in the slower code than the compilations
 * save: nothing is changed then. The compiler never changes what Java's arithmetic computes: results are the same
 * either way.
 *
 * <p>The directives reach HotSpot through its diagnostic command {@code Compiler.directives_add}, from a background
 * thread as the batch starts (the platform MBean server takes about 0.2 s of CPU to start), rather than through
 * {@code -XX:CompilerDirectivesFile}, which prints "1 compiler directives added" on standard output. {@code -Dministerial.compiler.plan=FILE} names another plan, {@code none}
 * applies none.
 */
public final class CompilerPlan {
    /** The plan, relative to the project directory the launcher passes as {@code ministerial.home}. */
    static final Path FILE = Path.of("bin", "compiler-directives.json");
    private static final String PROPERTY = "ministerial.compiler.plan";
    /** The length of the batches the plan is made from, by bin/make-compiler-plan. */
    static final long MAX_RUNS = 10_000;

    private CompilerPlan() {
    }

    /**
     * Applies the plan in the background to a batch of {@code runs} runs on {@code threads} workers when it pays: see
     * the class comment.
     */
    static void applyWhereItPays(int threads, long runs) {
        plan(threads, runs, Runtime.getRuntime().availableProcessors(), System.getProperty(PROPERTY),
                System.getProperty("ministerial.home")).ifPresent(plan -> {
                    Thread thread = new Thread(() -> install(plan).filter(reply -> !accepted(reply)).ifPresent(
                            reply -> System.err.printf("warning: HotSpot did not take the JIT compiler's plan %s as it"
                                    + " is (the results are the same, a batch may be slower): %s%n", plan,
                                    reply.strip().lines().findFirst().orElse(""))),
                            "compiler-plan");
                    thread.setDaemon(true);
                    thread.start();
                });
    }

    /** The plan to apply, if any: {@code property} is {@code ministerial.compiler.plan}, {@code home} the project. */
    static Optional<Path> plan(int threads, long runs, int processors, String property, String home) {
        if (threads < processors || runs > MAX_RUNS || "none".equals(property)) return Optional.empty();
        Path plan = property != null ? Path.of(property) : home != null ? Path.of(home).resolve(FILE) : null;
        return plan != null && Files.isRegularFile(plan) ? Optional.of(plan) : Optional.empty();
    }

    /** HotSpot's reply to adding the directives in {@code plan}, or nothing on a JVM without that command. */
    public static Optional<String> install(Path plan) {
        try {
            Object reply = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[]{new String[]{plan.toAbsolutePath().toString()}},
                    new String[]{String[].class.getName()});
            return Optional.of(String.valueOf(reply));
        } catch (JMException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether HotSpot's reply says the directives were added, and nothing else: it adds a directive even when it
     * refuses one of its method patterns, and then says so before "1 compiler directives added".
     */
    public static boolean accepted(String reply) {
        return reply.strip().matches("\\d+ compiler directives added");
    }
}
