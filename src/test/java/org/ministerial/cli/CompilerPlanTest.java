package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The JIT compiler's plan (bin/compiler-directives.json, docs/performance.md "Compiling what pays"): HotSpot must
 * take the shipped file whole, every method of the project and its libraries it names must still exist, and it
 * applies only to short batches whose workers take every processor.
 */
class CompilerPlanTest {
    private static final String HOME = Path.of("").toAbsolutePath().toString();

    @Test
    void hotSpotAcceptsTheShippedPlanAndRefusesABrokenOne(@TempDir Path tmp) throws IOException {
        Optional<String> reply = CompilerPlan.install(CompilerPlan.FILE);
        assumeTrue(reply.isPresent(), "not a HotSpot JVM");
        assertTrue(CompilerPlan.accepted(reply.get()), reply.get());

        Path broken = Files.writeString(tmp.resolve("broken.json"), "[ { match: \"org/x/Y.z, c2: { Exclude: true } } ]");
        String refused = CompilerPlan.install(broken).orElseThrow();
        assertFalse(CompilerPlan.accepted(refused), refused);
        assertTrue(refused.contains("Syntax error"), refused);
    }

    @Test
    void everyMethodThePlanNamesStillExists() throws IOException {
        // "package/Class.method(descriptor)"
        Pattern named = Pattern.compile("\"([^\"(]+)\\.([^./\"(]+)(\\([^\"]*)\"");
        Matcher entry = named.matcher(Files.readString(CompilerPlan.FILE));
        List<String> missing = new ArrayList<>();
        int methods = 0;
        while (entry.find()) {
            String type = entry.group(1).replace('/', '.');
            String method = entry.group(2);
            String descriptor = entry.group(3);
            // the JDK's methods depend on the JDK that runs the tests; one it lacks matches nothing, harmlessly
            if (type.matches("(java|javax|jdk|sun|com\\.sun)\\..*")) continue;
            methods++;
            if (!exists(type, method, descriptor)) missing.add(type + "." + method + descriptor);
        }
        assertTrue(methods > 20, "the plan names " + methods + " methods of the project and its libraries");
        assertEquals(List.of(), missing, CompilerPlan.FILE + " names methods that no longer exist: rerun "
                + "bin/make-compiler-plan");
    }

    private boolean exists(String type, String method, String descriptor) {
        try {
            Class<?> c = Class.forName(type, false, getClass().getClassLoader());
            if (method.equals("<init>"))
                return Arrays.stream(c.getDeclaredConstructors()).anyMatch(k -> MethodType.methodType(void.class,
                        k.getParameterTypes()).toMethodDescriptorString().equals(descriptor));
            return Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(method) && MethodType
                    .methodType(m.getReturnType(), m.getParameterTypes()).toMethodDescriptorString().equals(descriptor));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    @Test
    void appliesOnlyToBatchesWhoseWorkersTakeEveryProcessorAndNoLongerThanThePlannedOnes(@TempDir Path tmp)
            throws IOException {
        Path shipped = Path.of(HOME).resolve(CompilerPlan.FILE);
        long runs = CompilerPlan.MAX_RUNS;
        assertEquals(Optional.of(shipped), CompilerPlan.plan(2, runs, 2, null, HOME));
        assertEquals(Optional.of(shipped), CompilerPlan.plan(8, 1, 2, null, HOME));
        assertEquals(Optional.empty(), CompilerPlan.plan(1, runs, 2, null, HOME), "a processor is free for C2");
        assertEquals(Optional.empty(), CompilerPlan.plan(2, runs + 1, 2, null, HOME), "a longer batch loses");
        assertEquals(Optional.empty(), CompilerPlan.plan(2, runs, 2, "none", HOME));
        assertEquals(Optional.empty(), CompilerPlan.plan(2, runs, 2, null, null), "no project directory, no plan");
        assertEquals(Optional.empty(), CompilerPlan.plan(2, runs, 2, null, tmp.toString()), "a project without a plan");
        Path other = Files.writeString(tmp.resolve("other.json"), "[]");
        assertEquals(Optional.of(other), CompilerPlan.plan(2, runs, 2, other.toString(), HOME));
        assertEquals(Optional.empty(), CompilerPlan.plan(2, runs, 2, tmp.resolve("missing.json").toString(), HOME));
    }
}
