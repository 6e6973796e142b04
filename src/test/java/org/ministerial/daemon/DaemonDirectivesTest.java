package org.ministerial.daemon;

import org.junit.jupiter.api.Test;
import org.ministerial.cli.CompilerPlan;

import javax.management.ObjectName;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The daemon's compiler directive (bin/daemon-directives.json, docs/performance.md "Once-a-command code in the daemon"):
 * HotSpot must take it whole (a file it refuses would keep the daemon's JVM from starting, and every command would
 * run in a JVM of its own), and each package it names must be one the program uses.
 */
class DaemonDirectivesTest {
    private static final Path FILE = Path.of("bin", "daemon-directives.json");

    @Test
    void hotSpotAcceptsTheDirective() throws Exception {
        Optional<String> reply = CompilerPlan.install(FILE);
        assumeTrue(reply.isPresent(), "not a HotSpot JVM");
        try {
            assertTrue(CompilerPlan.accepted(reply.get()), reply.get());
        } finally {
            // the directive would otherwise keep these libraries from C2 for the rest of the tests' JVM
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesRemove", new Object[]{new String[0]}, new String[]{String[].class.getName()});
        }
    }

    @Test
    void everyPackageItNamesIsOneTheProgramUses() throws Exception {
        Matcher pattern = Pattern.compile("\"([a-z/]+)/\\*\\.\\*\"").matcher(Files.readString(FILE));
        List<Class<?>> used = List.of(org.snakeyaml.engine.v2.api.Load.class, picocli.CommandLine.class,
                com.fasterxml.jackson.databind.ObjectMapper.class);
        int named = 0;
        while (pattern.find()) {
            named++;
            String prefix = pattern.group(1).replace('/', '.') + ".";
            assertTrue(used.stream().anyMatch(c -> c.getName().startsWith(prefix)),
                    prefix + " names no library the program uses");
        }
        assertEquals(used.size(), named, "the directive names " + named + " packages");
    }
}
