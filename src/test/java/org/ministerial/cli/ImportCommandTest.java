package org.ministerial.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code ministerial import} end to end: the scenario it writes runs, and a bad table is refused as file:line. */
class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void importedScenarioRunsAndTheReportShowsTheCompromise() throws Exception {
        Path table = dir.resolve("round.csv");
        Files.writeString(table, """
                Actor,Capability,Position_tariffs,Salience_tariffs,Position_rules,Salience_rules
                United States,50,20,50,100,50
                Brazil,25,100,50,20,50
                India,25,60,50,20,50
                """);
        Path scenario = dir.resolve("s.yaml");
        CliHarness imp = new CliHarness();
        assertEquals(0, imp.run("import", table.toString(), "--out", scenario.toString()), imp.err.toString());
        assertTrue(imp.out.toString().contains("wrote " + scenario + ": 3 actors, 2 issues; it validates"), imp.out.toString());
        assertTrue(Files.readString(scenario).contains("id: tariffs"));

        CliHarness run = new CliHarness();
        assertEquals(0, run.run("run", scenario.toString(), "--out", dir.resolve("results").toString()), run.err.toString());
        // capability x salience weighted mean of the positions, as in the textbook scenario
        List<String> report = run.out.toString().lines().toList();
        assertTrue(report.stream().anyMatch(l -> l.startsWith("final text") && l.endsWith("text  compromise")),
                run.out.toString());
        assertTrue(report.stream().anyMatch(l -> l.matches("  tariffs .* +\\d\\.\\d\\d +0\\.50")), run.out.toString());
        assertTrue(report.stream().anyMatch(l -> l.matches("  rules .* +\\d\\.\\d\\d +0\\.60")), run.out.toString());
    }

    @Test
    void withoutOutTheScenarioGoesToStandardOutput() {
        CliHarness h = new CliHarness();
        assertEquals(0, h.run("import", "--format", "ktab", write("k.csv", """
                Test,,
                Actor,Description,Power,Pstn1,Sal1,
                CHN,China,3,10,90,
                JPN,Japan,1,90,10,
                """).toString()));
        assertTrue(h.out.toString().startsWith("# Imported by `ministerial import` from k.csv"), h.out.toString());
        assertTrue(h.err.toString().contains("read 2 actors and 1 issue"), h.err.toString());
    }

    @Test
    void badTableExitsOneWithFileAndLine() {
        Path bad = write("bad.csv", "Actor,Capability,Position,Salience\nUSA,1,20,50\nBRA,0,30,50\n");
        CliHarness h = new CliHarness();
        assertEquals(1, h.run("import", bad.toString()));
        assertTrue(h.err.toString().startsWith(bad + ":3: power of BRA is 0"), h.err.toString());
        assertEquals(2, new CliHarness().run("import", bad.toString(), "--scale", "7:1"));
        assertEquals(2, new CliHarness().run("import", bad.toString(), "--format", "xml"));
    }

    /** A scenario edited by hand since the last import is not overwritten without --force. */
    @Test
    void anExistingOutIsReplacedOnlyWithForce() throws Exception {
        Path good = write("good.csv", "Actor,Capability,Position,Salience\nUSA,1,20,50\nBRA,1,30,50\n");
        Path out = dir.resolve("edited.yaml");
        Files.writeString(out, "# my edits\n");
        CliHarness h = new CliHarness();
        assertEquals(2, h.run("import", good.toString(), "--out", out.toString()));
        assertTrue(h.err.toString().contains(out + " exists: --force replaces it"), h.err.toString());
        assertEquals("# my edits\n", Files.readString(out));
        CliHarness forced = new CliHarness();
        assertEquals(0, forced.run("import", good.toString(), "--out", out.toString(), "--force"), forced.err.toString());
        assertTrue(Files.readString(out).startsWith("# Imported by `ministerial import`"));
        // the table itself named as --out is never replaced, --force or not
        CliHarness self = new CliHarness();
        assertEquals(2, self.run("import", good.toString(), "--out", good.toString(), "--force"));
        assertTrue(self.err.toString().contains("is the table being imported"), self.err.toString());
        assertTrue(Files.readString(good).startsWith("Actor,Capability"));
    }

    /** A calendar option the scenario would refuse is a usage error, before anything is written. */
    @Test
    void aBadCalendarOptionExitsTwoAndWritesNothing() {
        Path good = write("good.csv", "Actor,Capability,Position,Salience\nUSA,1,20,50\nBRA,1,30,50\n");
        Path out = dir.resolve("s.yaml");
        for (String[] option : new String[][]{{"--start", "2003-02-30"}, {"--start", "2003-13-01"}, {"--days", "400"},
                {"--sessions-per-day", "0"}}) {
            CliHarness h = new CliHarness();
            assertEquals(2, h.run("import", good.toString(), option[0], option[1], "--out", out.toString()),
                    String.join(" ", option));
            assertTrue(h.err.toString().contains(option[0]), h.err.toString());
            assertFalse(Files.exists(out), String.join(" ", option));
        }
    }

    private Path write(String name, String text) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, text);
            return p;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
